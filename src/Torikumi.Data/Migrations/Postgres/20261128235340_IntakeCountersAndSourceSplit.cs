using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torikumi.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IntakeCountersAndSourceSplit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CommentSubmissions_ClientKey_ReceivedAt",
                table: "CommentSubmissions");

            migrationBuilder.AddColumn<string>(
                name: "DuplicateKey",
                table: "CommentSubmissions",
                type: "character varying(160)",
                maxLength: 160,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReceiptYear",
                table: "CommentSubmissions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CommentCounters",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommentCounters", x => x.Key);
                });

            // Receipt numbers are PC<year>-<sequence>-<check>: the year of every stored submission is read off its number.
            // The duplicate key of a web submission is period|item|fingerprint; only the first of any (earlier) duplicates gets it.
            migrationBuilder.Sql("""
                UPDATE "CommentSubmissions" SET "ReceiptYear" = CAST(substring("ReceiptNumber" from 3 for 4) AS integer);
                UPDATE "CommentSubmissions" SET "DuplicateKey" = CAST("CommentPeriodId" AS text) || '|' || COALESCE("ItemKey", '') || '|' || "Fingerprint"
                WHERE "Id" IN (SELECT min("Id") FROM "CommentSubmissions" WHERE "Channel" = 'web' GROUP BY "CommentPeriodId", "ItemKey", "Fingerprint");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_CommentSubmissions_ClientKey_Id",
                table: "CommentSubmissions",
                columns: new[] { "ClientKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CommentSubmissions_DuplicateKey",
                table: "CommentSubmissions",
                column: "DuplicateKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommentSubmissions_ReceiptYear_Sequence",
                table: "CommentSubmissions",
                columns: new[] { "ReceiptYear", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommentCounters");

            migrationBuilder.DropIndex(
                name: "IX_CommentSubmissions_ClientKey_Id",
                table: "CommentSubmissions");

            migrationBuilder.DropIndex(
                name: "IX_CommentSubmissions_DuplicateKey",
                table: "CommentSubmissions");

            migrationBuilder.DropIndex(
                name: "IX_CommentSubmissions_ReceiptYear_Sequence",
                table: "CommentSubmissions");

            migrationBuilder.DropColumn(
                name: "DuplicateKey",
                table: "CommentSubmissions");

            migrationBuilder.DropColumn(
                name: "ReceiptYear",
                table: "CommentSubmissions");

            migrationBuilder.CreateIndex(
                name: "IX_CommentSubmissions_ClientKey_ReceivedAt",
                table: "CommentSubmissions",
                columns: new[] { "ClientKey", "ReceivedAt" });
        }
    }
}
