using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Torikumi.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddRevisionsAndPublicComment : Migration
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
                name: "CommentPeriods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    PlanVersionId = table.Column<int>(type: "integer", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    HowToSubmit = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Contact = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ShortPeriodReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RetentionDays = table.Column<int>(type: "integer", nullable: false),
                    ResultPublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ResultPublishedById = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ResultPublishedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PersonalDataPurgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedById = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommentPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommentPeriods_PlanVersions_PlanVersionId",
                        column: x => x.PlanVersionId,
                        principalTable: "PlanVersions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CommentPeriods_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "CommentSubmissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommentPeriodId = table.Column<int>(type: "integer", nullable: false),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ItemKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    AddressArea = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    AgeGroup = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ClientKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    EnteredById = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EnteredByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommentSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommentSubmissions_CommentPeriods_CommentPeriodId",
                        column: x => x.CommentPeriodId,
                        principalTable: "CommentPeriods",
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

            migrationBuilder.CreateTable(
                name: "CommentPersonalData",
                columns: table => new
                {
                    SubmissionId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommentPersonalData", x => x.SubmissionId);
                    table.ForeignKey(
                        name: "FK_CommentPersonalData_CommentSubmissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "CommentSubmissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Opinions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    CommentPeriodId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    SubmissionId = table.Column<long>(type: "bigint", nullable: false),
                    Part = table.Column<int>(type: "integer", nullable: false),
                    ItemKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    MergedIntoId = table.Column<int>(type: "integer", nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: true),
                    DraftAnswer = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    View = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Classification = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ApprovedById = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReflectedVersionId = table.Column<int>(type: "integer", nullable: true),
                    ReflectedItemKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedById = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UpdatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Opinions_CommentPeriods_CommentPeriodId",
                        column: x => x.CommentPeriodId,
                        principalTable: "CommentPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Opinions_CommentSubmissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "CommentSubmissions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Opinions_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Opinions_Opinions_MergedIntoId",
                        column: x => x.MergedIntoId,
                        principalTable: "Opinions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommentPeriods_PlanId",
                table: "CommentPeriods",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_CommentPeriods_PlanVersionId",
                table: "CommentPeriods",
                column: "PlanVersionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommentSubmissions_ClientKey_ReceivedAt",
                table: "CommentSubmissions",
                columns: new[] { "ClientKey", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CommentSubmissions_CommentPeriodId_Fingerprint",
                table: "CommentSubmissions",
                columns: new[] { "CommentPeriodId", "Fingerprint" });

            migrationBuilder.CreateIndex(
                name: "IX_CommentSubmissions_PlanId",
                table: "CommentSubmissions",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_CommentSubmissions_ReceiptNumber",
                table: "CommentSubmissions",
                column: "ReceiptNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_CommentPeriodId_State",
                table: "Opinions",
                columns: new[] { "CommentPeriodId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_DepartmentId",
                table: "Opinions",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_MergedIntoId",
                table: "Opinions",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_PlanId_Number",
                table: "Opinions",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_ReflectedVersionId_ReflectedItemKey",
                table: "Opinions",
                columns: new[] { "ReflectedVersionId", "ReflectedItemKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_SubmissionId",
                table: "Opinions",
                column: "SubmissionId");

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
                name: "CommentPersonalData");

            migrationBuilder.DropTable(
                name: "Opinions");

            migrationBuilder.DropTable(
                name: "RevisionItemMatches");

            migrationBuilder.DropTable(
                name: "RevisionOrganisationChanges");

            migrationBuilder.DropTable(
                name: "CommentSubmissions");

            migrationBuilder.DropTable(
                name: "RevisionMatchSets");

            migrationBuilder.DropTable(
                name: "CommentPeriods");

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
