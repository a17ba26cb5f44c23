using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Ingest.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "ingest");

            migrationBuilder.CreateTable(
                name: "chats",
                schema: "ingest",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    chat_id = table.Column<string>(type: "text", nullable: false),
                    unread_count = table.Column<int>(type: "integer", nullable: true),
                    last_read_message_id = table.Column<string>(type: "text", nullable: true),
                    can_send_message = table.Column<bool>(type: "boolean", nullable: true),
                    has_unread_tips = table.Column<bool>(type: "boolean", nullable: true),
                    captured_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chats", x => new { x.user_id, x.chat_id });
                });

            migrationBuilder.CreateTable(
                name: "creators",
                schema: "ingest",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    creator_id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: true),
                    username = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_creators", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "fans",
                schema: "ingest",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    fan_id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: true),
                    username = table.Column<string>(type: "text", nullable: true),
                    avatar_url = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fans", x => new { x.user_id, x.fan_id });
                });

            migrationBuilder.CreateTable(
                name: "ingested_inputs",
                schema: "ingest",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    input_key = table.Column<string>(type: "text", nullable: false),
                    published = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ingested_inputs", x => new { x.user_id, x.input_key });
                });

            migrationBuilder.CreateTable(
                name: "messages",
                schema: "ingest",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    message_id = table.Column<string>(type: "text", nullable: false),
                    chat_id = table.Column<string>(type: "text", nullable: false),
                    from_user_id = table.Column<string>(type: "text", nullable: false),
                    direction = table.Column<string>(type: "text", nullable: false),
                    text_html = table.Column<string>(type: "text", nullable: false),
                    text_plain = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    price = table.Column<decimal>(type: "numeric", nullable: false),
                    is_free = table.Column<bool>(type: "boolean", nullable: false),
                    is_opened = table.Column<bool>(type: "boolean", nullable: true),
                    is_tip = table.Column<bool>(type: "boolean", nullable: false),
                    tip_amount = table.Column<decimal>(type: "numeric", nullable: false),
                    media_count = table.Column<int>(type: "integer", nullable: false),
                    media_kinds = table.Column<string>(type: "text", nullable: false),
                    is_from_queue = table.Column<bool>(type: "boolean", nullable: false),
                    captured_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messages", x => new { x.user_id, x.message_id });
                });

            migrationBuilder.CreateTable(
                name: "pending_echoes",
                schema: "ingest",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    message_id = table.Column<string>(type: "text", nullable: false),
                    from_user_id = table.Column<string>(type: "text", nullable: false),
                    recipient = table.Column<string>(type: "text", nullable: true),
                    message = table.Column<string>(type: "jsonb", nullable: false),
                    captured_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pending_echoes", x => new { x.user_id, x.message_id });
                });

            migrationBuilder.CreateTable(
                name: "raw_events",
                schema: "ingest",
                columns: table => new
                {
                    seq = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    content_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    url = table.Column<string>(type: "text", nullable: false),
                    captured_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    parse_status = table.Column<string>(type: "text", nullable: false),
                    endpoint = table.Column<string>(type: "text", nullable: false),
                    problem = table.Column<string>(type: "text", nullable: true),
                    payload = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_raw_events", x => x.seq);
                });

            migrationBuilder.CreateTable(
                name: "snapshot_progress",
                schema: "ingest",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    snapshot_id = table.Column<string>(type: "text", nullable: false),
                    chunk_count = table.Column<int>(type: "integer", nullable: false),
                    received = table.Column<int[]>(type: "integer[]", nullable: false),
                    events = table.Column<int>(type: "integer", nullable: false),
                    fans = table.Column<int>(type: "integer", nullable: false),
                    chats = table.Column<int>(type: "integer", nullable: false),
                    messages = table.Column<int>(type: "integer", nullable: false),
                    transactions = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_snapshot_progress", x => new { x.user_id, x.snapshot_id });
                });

            migrationBuilder.CreateTable(
                name: "subscriptions",
                schema: "ingest",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    fan_id = table.Column<string>(type: "text", nullable: false),
                    subscribed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    price = table.Column<decimal>(type: "numeric", nullable: true),
                    site_total_net = table.Column<decimal>(type: "numeric", nullable: true),
                    captured_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subscriptions", x => new { x.user_id, x.fan_id });
                });

            migrationBuilder.CreateTable(
                name: "transactions",
                schema: "ingest",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    transaction_id = table.Column<string>(type: "text", nullable: false),
                    fan_id = table.Column<string>(type: "text", nullable: true),
                    kind = table.Column<string>(type: "text", nullable: false),
                    amount = table.Column<decimal>(type: "numeric", nullable: false),
                    fee = table.Column<decimal>(type: "numeric", nullable: false),
                    net = table.Column<decimal>(type: "numeric", nullable: false),
                    currency = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    captured_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transactions", x => new { x.user_id, x.transaction_id });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ingested_inputs_created_at",
                schema: "ingest",
                table: "ingested_inputs",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "IX_messages_user_id_chat_id_created_at",
                schema: "ingest",
                table: "messages",
                columns: new[] { "user_id", "chat_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_raw_events_user_id_captured_at_seq",
                schema: "ingest",
                table: "raw_events",
                columns: new[] { "user_id", "captured_at", "seq" });

            migrationBuilder.CreateIndex(
                name: "IX_raw_events_user_id_content_hash",
                schema: "ingest",
                table: "raw_events",
                columns: new[] { "user_id", "content_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_snapshot_progress_status_updated_at",
                schema: "ingest",
                table: "snapshot_progress",
                columns: new[] { "status", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "IX_transactions_user_id_fan_id",
                schema: "ingest",
                table: "transactions",
                columns: new[] { "user_id", "fan_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "chats",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "creators",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "fans",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "ingested_inputs",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "messages",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "pending_echoes",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "raw_events",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "snapshot_progress",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "subscriptions",
                schema: "ingest");

            migrationBuilder.DropTable(
                name: "transactions",
                schema: "ingest");
        }
    }
}
