using Torikumi.Core.Comments;

namespace Torikumi.Core.Tests.Comments;

public sealed class PersonalDataFinderTests
{
    static IReadOnlyList<PersonalDataHit> Find(string text) => PersonalDataFinder.Find(text);

    static void Single(string text, PersonalDataKind kind, string expected)
    {
        var hits = Find(text);
        var hit = Assert.Single(hits, h => h.Kind == kind);
        Assert.Equal(expected, hit.Text);
        Assert.Equal(expected, text.Substring(hit.Start, hit.Length));
    }

    [Theory]
    [InlineData("連絡先は03-1234-5678です。", "03-1234-5678")]
    [InlineData("電話0312345678までお願いします", "0312345678")]
    [InlineData("携帯090-1234-5678に連絡ください", "090-1234-5678")]
    [InlineData("携帯は０９０－１２３４－５６７８です", "０９０－１２３４－５６７８")]
    [InlineData("電話（03）1234-5678（平日のみ）", "（03）1234-5678")]
    [InlineData("電話 03(3993)1111", "03(3993)1111")]
    [InlineData("ご連絡は 090 1234 5678 へ", "090 1234 5678")]
    [InlineData("問合せ先：0120-123-456", "0120-123-456")]
    [InlineData("IP電話050-1234-5678です", "050-1234-5678")]
    [InlineData("TEL:+81 3-1234-5678", "+81 3-1234-5678")]
    [InlineData("電話番号は03ー1234ー5678です", "03ー1234ー5678")]
    [InlineData("ＦＡＸ０３－５９８４－１２２６まで", "０３－５９８４－１２２６")]
    [InlineData("連絡は０９０（１２３４）５６７８まで", "０９０（１２３４）５６７８")]
    [InlineData("(090)1234-5678へ", "(090)1234-5678")]
    [InlineData("私の電話番号は03-3993-1111（代表）です", "03-3993-1111")]
    [InlineData("フリーダイヤル0800-123-4567", "0800-123-4567")]
    public void phone_numbers_are_found(string text, string expected) => Single(text, PersonalDataKind.Phone, expected);

    [Theory]
    [InlineData("メールはtaro.yamada@example.jpです", "taro.yamada@example.jp")]
    [InlineData("メール：ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ")]
    [InlineData("返信はhanako+pc@mail.example.co.jp.", "hanako+pc@mail.example.co.jp")]
    [InlineData("連絡先 0312345678@example.jp まで", "0312345678@example.jp")]
    public void email_addresses_are_found(string text, string expected) => Single(text, PersonalDataKind.Email, expected);

    [Theory]
    [InlineData("〒176-8501 東京都練馬区豊玉北6-12-1", "〒176-8501")]
    [InlineData("〒１７６－８５０１", "〒１７６－８５０１")]
    [InlineData("〒1768501", "〒1768501")]
    [InlineData("郵便番号176-8501", "176-8501")]
    [InlineData("176-8501 東京都練馬区豊玉北", "176-8501")]
    [InlineData("176-8501練馬区豊玉北", "176-8501")]
    public void postal_codes_are_found(string text, string expected) => Single(text, PersonalDataKind.PostalCode, expected);

    [Theory]
    [InlineData("私は東京都練馬区豊玉北6丁目12番1号に住んでいます。", "東京都練馬区豊玉北6丁目12番1号")]
    [InlineData("住所は練馬区豊玉北6-12-1です", "練馬区豊玉北6-12-1")]
    [InlineData("自宅（練馬区豊玉北６－１２－１）の前の道", "練馬区豊玉北６－１２－１")]
    [InlineData("1丁目2番3号のアパートです", "1丁目2番3号")]
    [InlineData("石神井町三丁目15番地の畑", "石神井町三丁目15番地")]
    [InlineData("大泉町123番地の4に住む", "大泉町123番地の4")]
    [InlineData("横浜市青葉区あざみ野2-3-4から通勤", "横浜市青葉区あざみ野2-3-4")]
    [InlineData("住所練馬区関町北1-2-3", "練馬区関町北1-2-3")]
    [InlineData("東京都練馬区光が丘2丁目5番1号", "東京都練馬区光が丘2丁目5番1号")]
    [InlineData("練馬区北町1-2-3-405です", "練馬区北町1-2-3-405")]
    [InlineData("神奈川県横浜市青葉区美しが丘1-2-3", "神奈川県横浜市青葉区美しが丘1-2-3")]
    [InlineData("練馬区にある豊玉北6丁目12番1号の建物", "豊玉北6丁目12番1号")]
    [InlineData("西東京市ひばりが丘1-2-3", "西東京市ひばりが丘1-2-3")]
    public void street_addresses_are_found(string text, string expected) => Single(text, PersonalDataKind.Address, expected);

    [Theory]
    [InlineData("担当の田中様にお礼を申し上げます。", "田中")]
    [InlineData("山田太郎さんが言っていました", "山田太郎")]
    [InlineData("鈴木氏の提案に賛成です", "鈴木")]
    [InlineData("佐藤殿", "佐藤")]
    [InlineData("近所のスミスさんも困っています", "スミス")]
    [InlineData("田中 花子さんと話しました", "田中 花子")]
    [InlineData("林さんと森さん", "林")]
    [InlineData("𠮷田さんにも聞きました", "𠮷田")]
    [InlineData("高橋さん、ありがとうございます", "高橋")]
    [InlineData("中村さんから電話", "中村")]
    [InlineData("田村様方で集まりました", "田村")]
    [InlineData("区議会議員田中さんの発言", "田中")]
    [InlineData("担当職員鈴木様の説明", "鈴木")]
    [InlineData("長谷川さんに相談しました", "長谷川")]
    [InlineData("山田花子様", "山田花子")]
    [InlineData("担当 田中さんより", "田中")]
    [InlineData("地域活動推進田中さん", "推進田中")]
    [InlineData("故田中氏の遺志", "故田中")]
    [InlineData("マイケル・ジョーダンさん", "マイケル・ジョーダン")]
    public void names_before_an_honorific_are_found(string text, string expected)
    {
        var hit = Find(text).First(h => h.Kind == PersonalDataKind.PersonName);
        Assert.Equal(expected, hit.Text);
    }

    [Theory]
    [InlineData("氏名：山田 一郎\n意見：", "山田 一郎")]
    [InlineData("お名前: スミス", "スミス")]
    [InlineData("名前：練馬太郎（ねりまたろう）", "練馬太郎")]
    public void names_after_a_name_label_are_found(string text, string expected) => Single(text, PersonalDataKind.PersonName, expected);

    public static TheoryData<string, PersonalDataKind[], string[]> Opinions => new()
    {
        {
            "練馬区長様\n私は練馬区豊玉北在住の会社員です。アクションプランの取組4-1-3「保育サービスの充実」について意見します。" +
            "令和4年度までに定員を1,200人増やすとありますが、2022年時点で待機児童は60人います。保育園の近くに住む佐藤さんも困っています。" +
            "ご回答は taro.nerima@example.com または 090-1111-2222 までお願いします。",
            [PersonalDataKind.PersonName, PersonalDataKind.Email, PersonalDataKind.Phone],
            ["佐藤", "taro.nerima@example.com", "090-1111-2222"]
        },
        {
            "氏名：山田 一郎\n住所：〒177-0041 東京都練馬区石神井町三丁目30番26号\n電話：03-3996-0000\n意見：石神井公園の周辺の歩道を広げてください。",
            [PersonalDataKind.PersonName, PersonalDataKind.PostalCode, PersonalDataKind.Address, PersonalDataKind.Phone],
            ["山田 一郎", "〒177-0041", "東京都練馬区石神井町三丁目30番26号", "03-3996-0000"]
        },
        {
            "先日の説明会では、区の担当者の方から丁寧な説明がありました。皆さんの意見を反映してほしいです。" +
            "計画の4-1-3と4-2-1は、2026年度までに60室整備、事業費1,234円とありますが根拠が不明です。",
            [], []
        },
        {
            "地域包括支援センターさんやヘルパーさん、ケアマネさんの負担が大きい。スミスさんのような外国籍の方への配慮も必要。",
            [PersonalDataKind.PersonName], ["スミス"]
        },
        {
            "お世話になっております。\n--\n練馬 太郎\nTEL：０３（１２３４）５６７８\nE-mail：nerima.taro@example.ne.jp",
            [PersonalDataKind.Phone, PersonalDataKind.Email], ["０３（１２３４）５６７８", "nerima.taro@example.ne.jp"]
        },
        {
            "〒176-8501 練馬区豊玉北六丁目12番1号 練馬区役所 企画課 御中\n令和8年12月1日（火）から令和8年12月31日（木）まで募集の素案について",
            [PersonalDataKind.PostalCode, PersonalDataKind.Address], ["〒176-8501", "練馬区豊玉北六丁目12番1号"]
        },
    };

    [Theory]
    [MemberData(nameof(Opinions))]
    public void whole_opinions_have_exactly_their_personal_data_flagged(string text, PersonalDataKind[] kinds, string[] texts)
    {
        var hits = Find(text);

        Assert.Equal(kinds, hits.Select(h => h.Kind));
        Assert.Equal(texts, hits.Select(h => h.Text));
    }

    [Theory]
    [InlineData("区民の皆様の意見を聞いてください。")]
    [InlineData("皆さん、ありがとうございます。")]
    [InlineData("お客様の声を大切に。")]
    [InlineData("利用者さんの立場で考えてほしい。")]
    [InlineData("ヘルパーさんが足りません。")]
    [InlineData("ボランティアさんに感謝しています。")]
    [InlineData("練馬区長様へ")]
    [InlineData("ご担当者様")]
    [InlineData("保育園の先生さんたちは大変です")]
    [InlineData("職員さんの対応が良かった。")]
    [InlineData("八百屋さんが閉店した。")]
    [InlineData("多種多様な意見があります。")]
    [InlineData("同様の取組を進めてください。")]
    [InlineData("記入様式が分かりにくい。")]
    [InlineData("子どもの様子を見守る")]
    [InlineData("住所氏名を書く欄")]
    [InlineData("毎日さんぽしています")]
    [InlineData("お子さんのいる家庭")]
    [InlineData("お父さんとお母さん")]
    [InlineData("ご近所さんとのつながり")]
    [InlineData("2022年度から2023年度までの計画です。")]
    [InlineData("取組4-1-3について意見します。")]
    [InlineData("戦略計画4の4-1-3と12-R3に関連")]
    [InlineData("事業費は1,234円、60室を整備します。")]
    [InlineData("令和4年度に3,000人が参加し、満足度は85%でした。")]
    [InlineData("区の計画4-1-3は不十分です。")]
    [InlineData("地区1-2の整備")]
    [InlineData("2022-2023年度の計画")]
    [InlineData("受付番号はPC2026-00042-5です")]
    [InlineData("1丁目の交差点が危ない")]
    [InlineData("豊玉北6丁目の公園")]
    [InlineData("第1番目の課題")]
    [InlineData("100-1000人規模の会場")]
    [InlineData("定員は120人、2026年12月1日から受付")]
    [InlineData("https://www.city.nerima.tokyo.jp/ を見てください")]
    [InlineData("@nerima_city をフォローしています")]
    [InlineData("ご苦労様です。")]
    [InlineData("お疲れ様でした")]
    [InlineData("お陰様で元気です")]
    [InlineData("お互い様です")]
    [InlineData("ご主人様")]
    [InlineData("地域包括支援センターさんに相談した")]
    [InlineData("ファミリーサポートセンターさん")]
    [InlineData("源氏物語の講座")]
    [InlineData("氏子の皆さん")]
    [InlineData("御殿場へ旅行")]
    [InlineData("Ａさん、Bさん、〇〇さん、某さん")]
    [InlineData("練馬区内2-3か所に設置してください")]
    [InlineData("練馬区で10-20人の講座")]
    [InlineData("待機児童0人を目指す")]
    [InlineData("00123456789という番号")]
    [InlineData("ISBN978-4-12-345678-9の本")]
    [InlineData("令和8年度予算は1億2,345万円です")]
    [InlineData("指標値は0.5%から1.2%に上がった")]
    [InlineData("第3次計画の4-1-3、4-1-4、4-R2")]
    [InlineData("2026年12月1日から12月31日まで")]
    [InlineData("平成31年4月30日")]
    public void everyday_words_and_plan_vocabulary_are_not_flagged(string text) => Assert.Empty(Find(text));

    [Fact]
    public void a_full_letter_has_each_item_flagged_once_in_order()
    {
        const string text = "〒176-8501 東京都練馬区豊玉北6-12-1 練馬太郎様\n電話03-3993-1111 メール taro@example.jp\n区民の皆様のために、取組4-1-3を進めてください。";

        var hits = Find(text);

        Assert.Equal(
            [PersonalDataKind.PostalCode, PersonalDataKind.Address, PersonalDataKind.PersonName, PersonalDataKind.Phone, PersonalDataKind.Email],
            hits.Select(h => h.Kind));
        Assert.Equal(hits.OrderBy(h => h.Start), hits);
        Assert.All(hits.Zip(hits.Skip(1)), p => Assert.True(p.First.End <= p.Second.Start));
    }

    [Fact]
    public void mask_replaces_each_hit_for_the_staff_preview()
    {
        const string text = "田中さん（03-1234-5678）の意見です。";

        var masked = PersonalDataFinder.Mask(text, Find(text));

        Assert.Equal("＊＊＊さん（＊＊＊）の意見です。", masked);
    }

    [Fact]
    public void mask_with_no_hits_returns_the_text_and_refuses_hits_outside_it()
    {
        Assert.Equal("意見", PersonalDataFinder.Mask("意見", []));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            PersonalDataFinder.Mask("意見", [new PersonalDataHit(PersonalDataKind.Phone, 1, 5, "x")]));
    }

    [Fact]
    public void overlapping_hits_are_masked_as_one_stretch()
    {
        var hits = new[]
        {
            new PersonalDataHit(PersonalDataKind.Address, 0, 4, "abcd"),
            new PersonalDataHit(PersonalDataKind.PersonName, 2, 4, "cdef"),
        };

        Assert.Equal("＊＊＊gh", PersonalDataFinder.Mask("abcdefgh", hits));
    }

    [Fact]
    public void long_adversarial_texts_are_handled()
    {
        // Shapes that would make a careless pattern backtrack for ever: long runs of digits, dashes, letters, kanji.
        string[] texts =
        [
            string.Concat(Enumerable.Repeat("0-", 4000)), new string('0', 8000), string.Concat(Enumerable.Repeat("a.", 4000)) + "@",
            new string('a', 8000) + "@" + new string('b', 8000), string.Concat(Enumerable.Repeat("練馬区", 2000)) + "1-2-3",
            string.Concat(Enumerable.Repeat("田中さん", 2000)), string.Concat(Enumerable.Repeat("1丁目", 2000)),
        ];
        foreach (var text in texts)
            Assert.All(PersonalDataFinder.Find(text), h => Assert.True(h.End <= text.Length));
        Assert.Equal(2000, PersonalDataFinder.Find(string.Concat(Enumerable.Repeat("田中さん", 2000))).Count);
    }

    [Fact]
    public void each_kind_has_a_label_for_staff()
    {
        Assert.Equal("電話番号", PersonalDataKinds.Label(PersonalDataKind.Phone));
        Assert.Equal("Name", PersonalDataKinds.Label(PersonalDataKind.PersonName, english: true));
        Assert.All(Enum.GetValues<PersonalDataKind>(), k => Assert.NotEmpty(PersonalDataKinds.Label(k)));
    }
}
