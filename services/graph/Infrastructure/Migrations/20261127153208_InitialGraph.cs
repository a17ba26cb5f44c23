using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Graph.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class InitialGraph : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "graph");

            migrationBuilder.CreateTable(
                name: "conversations",
                schema: "graph",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    chat_id = table.Column<string>(type: "text", nullable: false),
                    message_count = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    inbound_count = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    outbound_count = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    pending_inbound = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    last_message_id = table.Column<string>(type: "text", nullable: true),
                    last_message_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    awaiting_since = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    reply_seconds = table.Column<double[]>(type: "double precision[]", nullable: false, defaultValueSql: "'{}'"),
                    sentiment = table.Column<double>(type: "double precision", nullable: true),
                    site_unread_count = table.Column<int>(type: "integer", nullable: true),
                    last_read_message_id = table.Column<string>(type: "text", nullable: true),
                    can_send_message = table.Column<bool>(type: "boolean", nullable: true),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversations", x => new { x.user_id, x.chat_id });
                });

            migrationBuilder.CreateTable(
                name: "creators",
                schema: "graph",
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
                name: "fan_notes",
                schema: "graph",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    fan_id = table.Column<string>(type: "text", nullable: false),
                    notes = table.Column<string>(type: "text", nullable: true),
                    tags = table.Column<string[]>(type: "text[]", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fan_notes", x => new { x.user_id, x.fan_id });
                });

            migrationBuilder.CreateTable(
                name: "fan_scores",
                schema: "graph",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    fan_id = table.Column<string>(type: "text", nullable: false),
                    lifetime_value = table.Column<decimal>(type: "numeric", nullable: false),
                    spend_velocity = table.Column<decimal>(type: "numeric", nullable: false),
                    churn_risk = table.Column<double>(type: "double precision", nullable: false),
                    big_spender_likelihood = table.Column<double>(type: "double precision", nullable: false),
                    sentiment = table.Column<double>(type: "double precision", nullable: true),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fan_scores", x => new { x.user_id, x.fan_id });
                });

            migrationBuilder.CreateTable(
                name: "fans",
                schema: "graph",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    fan_id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: true),
                    username = table.Column<string>(type: "text", nullable: true),
                    avatar_url = table.Column<string>(type: "text", nullable: true),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fans", x => new { x.user_id, x.fan_id });
                });

            migrationBuilder.CreateTable(
                name: "message_sentiments",
                schema: "graph",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    message_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    chat_id = table.Column<string>(type: "text", nullable: false),
                    sentiment = table.Column<double>(type: "double precision", nullable: false),
                    intents = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_message_sentiments", x => new { x.user_id, x.message_id });
                });

            migrationBuilder.CreateTable(
                name: "messages",
                schema: "graph",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    message_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    chat_id = table.Column<string>(type: "text", nullable: false),
                    from_user_id = table.Column<string>(type: "text", nullable: false),
                    direction = table.Column<short>(type: "smallint", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    price = table.Column<decimal>(type: "numeric", nullable: false),
                    is_free = table.Column<bool>(type: "boolean", nullable: false),
                    is_opened = table.Column<bool>(type: "boolean", nullable: true),
                    is_tip = table.Column<bool>(type: "boolean", nullable: false),
                    tip_amount = table.Column<decimal>(type: "numeric", nullable: false),
                    media_count = table.Column<int>(type: "integer", nullable: false),
                    media_kinds = table.Column<string[]>(type: "text[]", nullable: false),
                    is_from_queue = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messages", x => new { x.user_id, x.message_id });
                });

            migrationBuilder.CreateTable(
                name: "subscriptions",
                schema: "graph",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    fan_id = table.Column<string>(type: "text", nullable: false),
                    subscribed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    price = table.Column<decimal>(type: "numeric", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subscriptions", x => new { x.user_id, x.fan_id });
                });

            migrationBuilder.CreateTable(
                name: "transactions",
                schema: "graph",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    transaction_id = table.Column<string>(type: "text", nullable: false),
                    fan_id = table.Column<string>(type: "text", nullable: true),
                    kind = table.Column<short>(type: "smallint", nullable: false),
                    amount = table.Column<decimal>(type: "numeric", nullable: false),
                    currency = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transactions", x => new { x.user_id, x.transaction_id });
                });

            migrationBuilder.CreateIndex(
                name: "IX_message_sentiments_user_id_chat_id",
                schema: "graph",
                table: "message_sentiments",
                columns: new[] { "user_id", "chat_id" });

            migrationBuilder.CreateIndex(
                name: "IX_messages_user_id_chat_id_created_at_message_id",
                schema: "graph",
                table: "messages",
                columns: new[] { "user_id", "chat_id", "created_at", "message_id" });

            migrationBuilder.CreateIndex(
                name: "IX_messages_user_id_created_at",
                schema: "graph",
                table: "messages",
                columns: new[] { "user_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_transactions_user_id_fan_id",
                schema: "graph",
                table: "transactions",
                columns: new[] { "user_id", "fan_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conversations",
                schema: "graph");

            migrationBuilder.DropTable(
                name: "creators",
                schema: "graph");

            migrationBuilder.DropTable(
                name: "fan_notes",
                schema: "graph");

            migrationBuilder.DropTable(
                name: "fan_scores",
                schema: "graph");

            migrationBuilder.DropTable(
                name: "fans",
                schema: "graph");

            migrationBuilder.DropTable(
                name: "message_sentiments",
                schema: "graph");

            migrationBuilder.DropTable(
                name: "messages",
                schema: "graph");

            migrationBuilder.DropTable(
                name: "subscriptions",
                schema: "graph");

            migrationBuilder.DropTable(
                name: "transactions",
                schema: "graph");
        }
    }
}
