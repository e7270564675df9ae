using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtiPathways.PathwayGraphQL.Data.Migrations
{
    /// <inheritdoc />
    public partial class SubmissionTableNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaptionTrack_SubmissionFile_SubmissionFileId",
                table: "CaptionTrack");

            migrationBuilder.DropForeignKey(
                name: "FK_MediaComment_SubmissionFile_SubmissionFileId",
                table: "MediaComment");

            migrationBuilder.DropForeignKey(
                name: "FK_MediaComment_Users_AuthorUserId",
                table: "MediaComment");

            migrationBuilder.DropForeignKey(
                name: "FK_MediaJob_SubmissionFile_SubmissionFileId",
                table: "MediaJob");

            migrationBuilder.DropForeignKey(
                name: "FK_Submission_Assignments_AssignmentId",
                table: "Submission");

            migrationBuilder.DropForeignKey(
                name: "FK_Submission_Courses_CourseId",
                table: "Submission");

            migrationBuilder.DropForeignKey(
                name: "FK_Submission_Users_StudentUserId",
                table: "Submission");

            migrationBuilder.DropForeignKey(
                name: "FK_SubmissionFile_Submission_SubmissionId",
                table: "SubmissionFile");

            migrationBuilder.DropForeignKey(
                name: "FK_SubmissionPolicy_Assignments_AssignmentId",
                table: "SubmissionPolicy");

            migrationBuilder.DropForeignKey(
                name: "FK_UploadSession_Assignments_AssignmentId",
                table: "UploadSession");

            migrationBuilder.DropForeignKey(
                name: "FK_UploadSession_Users_OwnerUserId",
                table: "UploadSession");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UploadSession",
                table: "UploadSession");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SubmissionPolicy",
                table: "SubmissionPolicy");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SubmissionFile",
                table: "SubmissionFile");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Submission",
                table: "Submission");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MediaJob",
                table: "MediaJob");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MediaComment",
                table: "MediaComment");

            migrationBuilder.DropPrimaryKey(
                name: "PK_CaptionTrack",
                table: "CaptionTrack");

            migrationBuilder.DropPrimaryKey(
                name: "PK_BlobDeletion",
                table: "BlobDeletion");

            migrationBuilder.RenameTable(
                name: "UploadSession",
                newName: "UploadSessions");

            migrationBuilder.RenameTable(
                name: "SubmissionPolicy",
                newName: "SubmissionPolicies");

            migrationBuilder.RenameTable(
                name: "SubmissionFile",
                newName: "SubmissionFiles");

            migrationBuilder.RenameTable(
                name: "Submission",
                newName: "Submissions");

            migrationBuilder.RenameTable(
                name: "MediaJob",
                newName: "MediaJobs");

            migrationBuilder.RenameTable(
                name: "MediaComment",
                newName: "MediaComments");

            migrationBuilder.RenameTable(
                name: "CaptionTrack",
                newName: "CaptionTracks");

            migrationBuilder.RenameTable(
                name: "BlobDeletion",
                newName: "BlobDeletions");

            migrationBuilder.RenameIndex(
                name: "IX_UploadSession_Status_ExpiresAt",
                table: "UploadSessions",
                newName: "IX_UploadSessions_Status_ExpiresAt");

            migrationBuilder.RenameIndex(
                name: "IX_UploadSession_OwnerUserId",
                table: "UploadSessions",
                newName: "IX_UploadSessions_OwnerUserId");

            migrationBuilder.RenameIndex(
                name: "IX_UploadSession_AssignmentId",
                table: "UploadSessions",
                newName: "IX_UploadSessions_AssignmentId");

            migrationBuilder.RenameIndex(
                name: "IX_SubmissionFile_SubmissionId",
                table: "SubmissionFiles",
                newName: "IX_SubmissionFiles_SubmissionId");

            migrationBuilder.RenameIndex(
                name: "IX_SubmissionFile_Sha256",
                table: "SubmissionFiles",
                newName: "IX_SubmissionFiles_Sha256");

            migrationBuilder.RenameIndex(
                name: "IX_SubmissionFile_DerivedFromFileId",
                table: "SubmissionFiles",
                newName: "IX_SubmissionFiles_DerivedFromFileId");

            migrationBuilder.RenameIndex(
                name: "IX_Submission_StudentUserId",
                table: "Submissions",
                newName: "IX_Submissions_StudentUserId");

            migrationBuilder.RenameIndex(
                name: "IX_Submission_CourseId_AssignmentId_Status",
                table: "Submissions",
                newName: "IX_Submissions_CourseId_AssignmentId_Status");

            migrationBuilder.RenameIndex(
                name: "IX_Submission_AssignmentId_StudentUserId_Attempt",
                table: "Submissions",
                newName: "IX_Submissions_AssignmentId_StudentUserId_Attempt");

            migrationBuilder.RenameIndex(
                name: "IX_MediaJob_SubmissionFileId",
                table: "MediaJobs",
                newName: "IX_MediaJobs_SubmissionFileId");

            migrationBuilder.RenameIndex(
                name: "IX_MediaJob_Status_NextAttemptAt",
                table: "MediaJobs",
                newName: "IX_MediaJobs_Status_NextAttemptAt");

            migrationBuilder.RenameIndex(
                name: "IX_MediaComment_SubmissionFileId_Seconds",
                table: "MediaComments",
                newName: "IX_MediaComments_SubmissionFileId_Seconds");

            migrationBuilder.RenameIndex(
                name: "IX_MediaComment_AuthorUserId",
                table: "MediaComments",
                newName: "IX_MediaComments_AuthorUserId");

            migrationBuilder.RenameIndex(
                name: "IX_CaptionTrack_SubmissionFileId",
                table: "CaptionTracks",
                newName: "IX_CaptionTracks_SubmissionFileId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UploadSessions",
                table: "UploadSessions",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SubmissionPolicies",
                table: "SubmissionPolicies",
                column: "AssignmentId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SubmissionFiles",
                table: "SubmissionFiles",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Submissions",
                table: "Submissions",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MediaJobs",
                table: "MediaJobs",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MediaComments",
                table: "MediaComments",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_CaptionTracks",
                table: "CaptionTracks",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_BlobDeletions",
                table: "BlobDeletions",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_CaptionTracks_SubmissionFiles_SubmissionFileId",
                table: "CaptionTracks",
                column: "SubmissionFileId",
                principalTable: "SubmissionFiles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MediaComments_SubmissionFiles_SubmissionFileId",
                table: "MediaComments",
                column: "SubmissionFileId",
                principalTable: "SubmissionFiles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MediaComments_Users_AuthorUserId",
                table: "MediaComments",
                column: "AuthorUserId",
                principalTable: "Users",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MediaJobs_SubmissionFiles_SubmissionFileId",
                table: "MediaJobs",
                column: "SubmissionFileId",
                principalTable: "SubmissionFiles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_SubmissionFiles_Submissions_SubmissionId",
                table: "SubmissionFiles",
                column: "SubmissionId",
                principalTable: "Submissions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_SubmissionPolicies_Assignments_AssignmentId",
                table: "SubmissionPolicies",
                column: "AssignmentId",
                principalTable: "Assignments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Submissions_Assignments_AssignmentId",
                table: "Submissions",
                column: "AssignmentId",
                principalTable: "Assignments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Submissions_Courses_CourseId",
                table: "Submissions",
                column: "CourseId",
                principalTable: "Courses",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Submissions_Users_StudentUserId",
                table: "Submissions",
                column: "StudentUserId",
                principalTable: "Users",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_UploadSessions_Assignments_AssignmentId",
                table: "UploadSessions",
                column: "AssignmentId",
                principalTable: "Assignments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_UploadSessions_Users_OwnerUserId",
                table: "UploadSessions",
                column: "OwnerUserId",
                principalTable: "Users",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaptionTracks_SubmissionFiles_SubmissionFileId",
                table: "CaptionTracks");

            migrationBuilder.DropForeignKey(
                name: "FK_MediaComments_SubmissionFiles_SubmissionFileId",
                table: "MediaComments");

            migrationBuilder.DropForeignKey(
                name: "FK_MediaComments_Users_AuthorUserId",
                table: "MediaComments");

            migrationBuilder.DropForeignKey(
                name: "FK_MediaJobs_SubmissionFiles_SubmissionFileId",
                table: "MediaJobs");

            migrationBuilder.DropForeignKey(
                name: "FK_SubmissionFiles_Submissions_SubmissionId",
                table: "SubmissionFiles");

            migrationBuilder.DropForeignKey(
                name: "FK_SubmissionPolicies_Assignments_AssignmentId",
                table: "SubmissionPolicies");

            migrationBuilder.DropForeignKey(
                name: "FK_Submissions_Assignments_AssignmentId",
                table: "Submissions");

            migrationBuilder.DropForeignKey(
                name: "FK_Submissions_Courses_CourseId",
                table: "Submissions");

            migrationBuilder.DropForeignKey(
                name: "FK_Submissions_Users_StudentUserId",
                table: "Submissions");

            migrationBuilder.DropForeignKey(
                name: "FK_UploadSessions_Assignments_AssignmentId",
                table: "UploadSessions");

            migrationBuilder.DropForeignKey(
                name: "FK_UploadSessions_Users_OwnerUserId",
                table: "UploadSessions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_UploadSessions",
                table: "UploadSessions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Submissions",
                table: "Submissions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SubmissionPolicies",
                table: "SubmissionPolicies");

            migrationBuilder.DropPrimaryKey(
                name: "PK_SubmissionFiles",
                table: "SubmissionFiles");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MediaJobs",
                table: "MediaJobs");

            migrationBuilder.DropPrimaryKey(
                name: "PK_MediaComments",
                table: "MediaComments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_CaptionTracks",
                table: "CaptionTracks");

            migrationBuilder.DropPrimaryKey(
                name: "PK_BlobDeletions",
                table: "BlobDeletions");

            migrationBuilder.RenameTable(
                name: "UploadSessions",
                newName: "UploadSession");

            migrationBuilder.RenameTable(
                name: "Submissions",
                newName: "Submission");

            migrationBuilder.RenameTable(
                name: "SubmissionPolicies",
                newName: "SubmissionPolicy");

            migrationBuilder.RenameTable(
                name: "SubmissionFiles",
                newName: "SubmissionFile");

            migrationBuilder.RenameTable(
                name: "MediaJobs",
                newName: "MediaJob");

            migrationBuilder.RenameTable(
                name: "MediaComments",
                newName: "MediaComment");

            migrationBuilder.RenameTable(
                name: "CaptionTracks",
                newName: "CaptionTrack");

            migrationBuilder.RenameTable(
                name: "BlobDeletions",
                newName: "BlobDeletion");

            migrationBuilder.RenameIndex(
                name: "IX_UploadSessions_Status_ExpiresAt",
                table: "UploadSession",
                newName: "IX_UploadSession_Status_ExpiresAt");

            migrationBuilder.RenameIndex(
                name: "IX_UploadSessions_OwnerUserId",
                table: "UploadSession",
                newName: "IX_UploadSession_OwnerUserId");

            migrationBuilder.RenameIndex(
                name: "IX_UploadSessions_AssignmentId",
                table: "UploadSession",
                newName: "IX_UploadSession_AssignmentId");

            migrationBuilder.RenameIndex(
                name: "IX_Submissions_StudentUserId",
                table: "Submission",
                newName: "IX_Submission_StudentUserId");

            migrationBuilder.RenameIndex(
                name: "IX_Submissions_CourseId_AssignmentId_Status",
                table: "Submission",
                newName: "IX_Submission_CourseId_AssignmentId_Status");

            migrationBuilder.RenameIndex(
                name: "IX_Submissions_AssignmentId_StudentUserId_Attempt",
                table: "Submission",
                newName: "IX_Submission_AssignmentId_StudentUserId_Attempt");

            migrationBuilder.RenameIndex(
                name: "IX_SubmissionFiles_SubmissionId",
                table: "SubmissionFile",
                newName: "IX_SubmissionFile_SubmissionId");

            migrationBuilder.RenameIndex(
                name: "IX_SubmissionFiles_Sha256",
                table: "SubmissionFile",
                newName: "IX_SubmissionFile_Sha256");

            migrationBuilder.RenameIndex(
                name: "IX_SubmissionFiles_DerivedFromFileId",
                table: "SubmissionFile",
                newName: "IX_SubmissionFile_DerivedFromFileId");

            migrationBuilder.RenameIndex(
                name: "IX_MediaJobs_SubmissionFileId",
                table: "MediaJob",
                newName: "IX_MediaJob_SubmissionFileId");

            migrationBuilder.RenameIndex(
                name: "IX_MediaJobs_Status_NextAttemptAt",
                table: "MediaJob",
                newName: "IX_MediaJob_Status_NextAttemptAt");

            migrationBuilder.RenameIndex(
                name: "IX_MediaComments_SubmissionFileId_Seconds",
                table: "MediaComment",
                newName: "IX_MediaComment_SubmissionFileId_Seconds");

            migrationBuilder.RenameIndex(
                name: "IX_MediaComments_AuthorUserId",
                table: "MediaComment",
                newName: "IX_MediaComment_AuthorUserId");

            migrationBuilder.RenameIndex(
                name: "IX_CaptionTracks_SubmissionFileId",
                table: "CaptionTrack",
                newName: "IX_CaptionTrack_SubmissionFileId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UploadSession",
                table: "UploadSession",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Submission",
                table: "Submission",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SubmissionPolicy",
                table: "SubmissionPolicy",
                column: "AssignmentId");

            migrationBuilder.AddPrimaryKey(
                name: "PK_SubmissionFile",
                table: "SubmissionFile",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MediaJob",
                table: "MediaJob",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_MediaComment",
                table: "MediaComment",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_CaptionTrack",
                table: "CaptionTrack",
                column: "Id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_BlobDeletion",
                table: "BlobDeletion",
                column: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_CaptionTrack_SubmissionFile_SubmissionFileId",
                table: "CaptionTrack",
                column: "SubmissionFileId",
                principalTable: "SubmissionFile",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MediaComment_SubmissionFile_SubmissionFileId",
                table: "MediaComment",
                column: "SubmissionFileId",
                principalTable: "SubmissionFile",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MediaComment_Users_AuthorUserId",
                table: "MediaComment",
                column: "AuthorUserId",
                principalTable: "Users",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MediaJob_SubmissionFile_SubmissionFileId",
                table: "MediaJob",
                column: "SubmissionFileId",
                principalTable: "SubmissionFile",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Submission_Assignments_AssignmentId",
                table: "Submission",
                column: "AssignmentId",
                principalTable: "Assignments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Submission_Courses_CourseId",
                table: "Submission",
                column: "CourseId",
                principalTable: "Courses",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Submission_Users_StudentUserId",
                table: "Submission",
                column: "StudentUserId",
                principalTable: "Users",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_SubmissionFile_Submission_SubmissionId",
                table: "SubmissionFile",
                column: "SubmissionId",
                principalTable: "Submission",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_SubmissionPolicy_Assignments_AssignmentId",
                table: "SubmissionPolicy",
                column: "AssignmentId",
                principalTable: "Assignments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_UploadSession_Assignments_AssignmentId",
                table: "UploadSession",
                column: "AssignmentId",
                principalTable: "Assignments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_UploadSession_Users_OwnerUserId",
                table: "UploadSession",
                column: "OwnerUserId",
                principalTable: "Users",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
