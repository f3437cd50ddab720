using Torikumi.Core.Comments;

namespace Torikumi.Core.Tests.Comments;

public sealed class VocabularyTests
{
    [Theory]
    [InlineData("反映", OpinionClassification.Reflected)]
    [InlineData("一部反映", OpinionClassification.PartlyReflected)]
    [InlineData("既に記載", OpinionClassification.AlreadyIncluded)]
    [InlineData("今後の参考", OpinionClassification.ForFuture)]
    [InlineData("その他", OpinionClassification.Other)]
    [InlineData("reflected", OpinionClassification.Reflected)]
    [InlineData("partly-reflected", OpinionClassification.PartlyReflected)]
    [InlineData("already-included", OpinionClassification.AlreadyIncluded)]
    [InlineData("for-future", OpinionClassification.ForFuture)]
    [InlineData("other", OpinionClassification.Other)]
    [InlineData(" Partly_Reflected ", OpinionClassification.PartlyReflected)]
    [InlineData("ForFuture", OpinionClassification.ForFuture)]
    public void classifications_parse_from_japanese_labels_and_codes(string text, OpinionClassification expected) =>
        Assert.Equal(expected, OpinionClassifications.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("反映済")]
    [InlineData("42")]
    public void unknown_classifications_do_not_parse(string? text) => Assert.Null(OpinionClassifications.Parse(text));

    [Fact]
    public void every_classification_round_trips_through_its_code_and_labels()
    {
        foreach (var c in OpinionClassifications.All)
        {
            Assert.Equal(c, OpinionClassifications.Parse(OpinionClassifications.Code(c)));
            Assert.Equal(c, OpinionClassifications.Parse(OpinionClassifications.Label(c, english: false)));
            Assert.Equal(c, OpinionClassifications.Parse(OpinionClassifications.Label(c, english: true)));
        }
        Assert.Equal("一部反映", OpinionClassifications.Label(OpinionClassification.PartlyReflected, false));
        Assert.Equal("partly-reflected", OpinionClassifications.Code(OpinionClassification.PartlyReflected));
    }

    [Theory]
    [InlineData(SubmissionChannel.Web, "ウェブフォーム")]
    [InlineData(SubmissionChannel.Post, "郵送")]
    [InlineData(SubmissionChannel.Fax, "ファクス")]
    [InlineData(SubmissionChannel.Email, "電子メール")]
    [InlineData(SubmissionChannel.Counter, "窓口")]
    [InlineData(SubmissionChannel.Form, "電子申請")]
    public void channels_have_japanese_labels_that_parse_back(SubmissionChannel channel, string label)
    {
        Assert.Equal(label, SubmissionChannels.Label(channel));
        Assert.Equal(channel, SubmissionChannels.Parse(label));
        Assert.Equal(channel, SubmissionChannels.Parse(SubmissionChannels.Code(channel)));
        Assert.Equal(channel, SubmissionChannels.Parse(SubmissionChannels.Label(channel, english: true)));
    }

    [Fact]
    public void channel_spellings_people_use_parse_too()
    {
        Assert.Equal(SubmissionChannel.Fax, SubmissionChannels.Parse("ＦＡＸ"));
        Assert.Equal(SubmissionChannel.Email, SubmissionChannels.Parse("e-mail"));
        Assert.Equal(SubmissionChannel.Email, SubmissionChannels.Parse("EMAIL"));
        Assert.Null(SubmissionChannels.Parse("伝書鳩"));
    }

    [Theory]
    [InlineData(AddressArea.Resident, "区内在住", "resident")]
    [InlineData(AddressArea.Worker, "区内在勤", "worker")]
    [InlineData(AddressArea.Student, "区内在学", "student")]
    [InlineData(AddressArea.Outside, "区外", "outside")]
    public void address_areas_have_labels_and_codes(AddressArea area, string label, string code)
    {
        Assert.Equal(label, AddressAreas.Label(area));
        Assert.Equal(code, AddressAreas.Code(area));
        Assert.Equal(area, AddressAreas.Parse(label));
        Assert.Equal(area, AddressAreas.Parse(code));
    }

    [Fact]
    public void age_groups_run_from_under_twenty_to_eighty_and_over()
    {
        Assert.Equal(["〜19歳", "20代", "30代", "40代", "50代", "60代", "70代", "80歳以上"], AgeGroups.All.Select(a => AgeGroups.Label(a)));
        Assert.Equal(AgeGroup.Under20, AgeGroups.Parse("～19歳"));
        Assert.Equal(AgeGroup.Under20, AgeGroups.Parse("~19歳"));
        Assert.Equal(AgeGroup.Under20, AgeGroups.Parse("19歳以下"));
        Assert.Equal(AgeGroup.Forties, AgeGroups.Parse("４０代"));
        Assert.Equal(AgeGroup.EightyOrOver, AgeGroups.Parse("80-plus"));
        foreach (var a in AgeGroups.All)
            Assert.Equal(a, AgeGroups.Parse(AgeGroups.Code(a)));
    }
}
