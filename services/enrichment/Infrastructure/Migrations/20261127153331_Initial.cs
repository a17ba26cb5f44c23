using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Enrichment.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "enrichment");

            migrationBuilder.CreateTable(
                name: "account_settings",
                schema: "enrichment",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    AutoMode = table.Column<bool>(type: "boolean", nullable: false),
                    AutoSpendThreshold = table.Column<decimal>(type: "numeric", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_account_settings", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "commands",
                schema: "enrichment",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    CommandId = table.Column<string>(type: "text", nullable: false),
                    ChatId = table.Column<string>(type: "text", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Price = table.Column<decimal>(type: "numeric", nullable: true),
                    Reason = table.Column<string>(type: "text", nullable: true),
                    RequiresApproval = table.Column<bool>(type: "boolean", nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Error = table.Column<string>(type: "text", nullable: true),
                    SourceMessageId = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SiteMessageId = table.Column<string>(type: "text", nullable: true),
                    ExecutedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commands", x => new { x.UserId, x.CommandId });
                });

            migrationBuilder.CreateTable(
                name: "fan_scores",
                schema: "enrichment",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    FanId = table.Column<string>(type: "text", nullable: false),
                    LifetimeValue = table.Column<decimal>(type: "numeric", nullable: false),
                    SpendVelocity = table.Column<decimal>(type: "numeric", nullable: false),
                    ChurnRisk = table.Column<double>(type: "double precision", nullable: false),
                    BigSpenderLikelihood = table.Column<double>(type: "double precision", nullable: false),
                    Sentiment = table.Column<double>(type: "double precision", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fan_scores", x => new { x.UserId, x.FanId });
                });

            migrationBuilder.CreateTable(
                name: "fans",
                schema: "enrichment",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    FanId = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: true),
                    Username = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fans", x => new { x.UserId, x.FanId });
                });

            migrationBuilder.CreateTable(
                name: "messages",
                schema: "enrichment",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    MessageId = table.Column<string>(type: "text", nullable: false),
                    ChatId = table.Column<string>(type: "text", nullable: false),
                    Inbound = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Sentiment = table.Column<double>(type: "double precision", nullable: true),
                    Intents = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messages", x => new { x.UserId, x.MessageId });
                });

            migrationBuilder.CreateTable(
                name: "subscriptions",
                schema: "enrichment",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    FanId = table.Column<string>(type: "text", nullable: false),
                    SubscribedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Price = table.Column<decimal>(type: "numeric", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subscriptions", x => new { x.UserId, x.FanId });
                });

            migrationBuilder.CreateTable(
                name: "transactions",
                schema: "enrichment",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    TransactionId = table.Column<string>(type: "text", nullable: false),
                    FanId = table.Column<string>(type: "text", nullable: true),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transactions", x => new { x.UserId, x.TransactionId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_commands_ApprovedAt",
                schema: "enrichment",
                table: "commands",
                column: "ApprovedAt",
                filter: "\"State\" = 'Approved'");

            migrationBuilder.CreateIndex(
                name: "IX_commands_UserId_SourceMessageId",
                schema: "enrichment",
                table: "commands",
                columns: new[] { "UserId", "SourceMessageId" },
                unique: true,
                filter: "\"SourceMessageId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_commands_UserId_State_UpdatedAt",
                schema: "enrichment",
                table: "commands",
                columns: new[] { "UserId", "State", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_fan_scores_UserId_LifetimeValue",
                schema: "enrichment",
                table: "fan_scores",
                columns: new[] { "UserId", "LifetimeValue" });

            migrationBuilder.CreateIndex(
                name: "IX_messages_UserId_ChatId_CreatedAt",
                schema: "enrichment",
                table: "messages",
                columns: new[] { "UserId", "ChatId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_transactions_UserId_FanId",
                schema: "enrichment",
                table: "transactions",
                columns: new[] { "UserId", "FanId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "account_settings",
                schema: "enrichment");

            migrationBuilder.DropTable(
                name: "commands",
                schema: "enrichment");

            migrationBuilder.DropTable(
                name: "fan_scores",
                schema: "enrichment");

            migrationBuilder.DropTable(
                name: "fans",
                schema: "enrichment");

            migrationBuilder.DropTable(
                name: "messages",
                schema: "enrichment");

            migrationBuilder.DropTable(
                name: "subscriptions",
                schema: "enrichment");

            migrationBuilder.DropTable(
                name: "transactions",
                schema: "enrichment");
        }
    }
}
