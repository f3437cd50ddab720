using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Torikumi.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AwaitingConfirmation",
                table: "PlanVersions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ConfirmedAt",
                table: "PlanVersions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConfirmedByName",
                table: "PlanVersions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RevisionMatchSets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    OldVersionId = table.Column<int>(type: "integer", nullable: false),
                    NewVersionId = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConfirmedById = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ConfirmedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CarriedOver = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevisionMatchSets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RevisionMatchSets_PlanVersions_NewVersionId",
                        column: x => x.NewVersionId,
                        principalTable: "PlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RevisionMatchSets_PlanVersions_OldVersionId",
                        column: x => x.OldVersionId,
                        principalTable: "PlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RevisionMatchSets_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RevisionItemMatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SetId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OldKeys = table.Column<string>(type: "text", nullable: false),
                    NewKeys = table.Column<string>(type: "text", nullable: false),
                    Confidence = table.Column<double>(type: "double precision", nullable: false),
                    Changes = table.Column<string>(type: "text", nullable: false),
                    Corrected = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevisionItemMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RevisionItemMatches_RevisionMatchSets_SetId",
                        column: x => x.SetId,
                        principalTable: "RevisionMatchSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RevisionOrganisationChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SetId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Old = table.Column<string>(type: "text", nullable: false),
                    New = table.Column<string>(type: "text", nullable: false),
                    ItemCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevisionOrganisationChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RevisionOrganisationChanges_RevisionMatchSets_SetId",
                        column: x => x.SetId,
                        principalTable: "RevisionMatchSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RevisionItemMatches_SetId_Position",
                table: "RevisionItemMatches",
                columns: new[] { "SetId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_RevisionMatchSets_NewVersionId",
                table: "RevisionMatchSets",
                column: "NewVersionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RevisionMatchSets_OldVersionId",
                table: "RevisionMatchSets",
                column: "OldVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_RevisionMatchSets_PlanId_State",
                table: "RevisionMatchSets",
                columns: new[] { "PlanId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_RevisionOrganisationChanges_SetId_Position",
                table: "RevisionOrganisationChanges",
                columns: new[] { "SetId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RevisionItemMatches");

            migrationBuilder.DropTable(
                name: "RevisionOrganisationChanges");

            migrationBuilder.DropTable(
                name: "RevisionMatchSets");

            migrationBuilder.DropColumn(
                name: "AwaitingConfirmation",
                table: "PlanVersions");

            migrationBuilder.DropColumn(
                name: "ConfirmedAt",
                table: "PlanVersions");

            migrationBuilder.DropColumn(
                name: "ConfirmedByName",
                table: "PlanVersions");
        }
    }
}
