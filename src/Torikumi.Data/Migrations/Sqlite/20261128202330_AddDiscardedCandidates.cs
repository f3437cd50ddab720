using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Torikumi.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddDiscardedCandidates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DiscardedCandidates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    CandidateKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Target = table.Column<decimal>(type: "TEXT", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: true),
                    DiscardedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DiscardedById = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DiscardedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiscardedCandidates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiscardedCandidates_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DiscardedCandidates_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DiscardedCandidates_DepartmentId",
                table: "DiscardedCandidates",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_DiscardedCandidates_PlanId_ItemKey_DepartmentId_CandidateKey",
                table: "DiscardedCandidates",
                columns: new[] { "PlanId", "ItemKey", "DepartmentId", "CandidateKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DiscardedCandidates");
        }
    }
}
