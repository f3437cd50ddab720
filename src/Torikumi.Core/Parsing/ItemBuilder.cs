using Torikumi.Core.Plans;

namespace Torikumi.Core.Parsing;

/// <summary>An item or sub-item while it is being read.</summary>
internal sealed class ItemBuilder(string key, int number, ItemSection section, int start)
{
    public string Key { get; } = key;
    public int Number { get; } = number;
    public ItemSection Section { get; } = section;
    public int Start { get; } = start;
    public int End { get; set; } = start;
    public string Title { get; set; } = "";
    public bool Starred { get; set; }
    public bool Repost { get; set; }
    public string? RepostOf { get; set; }
    public List<Piece> Body { get; } = [];
    public List<List<Piece>> List { get; } = [];
    public List<Piece> AfterList { get; } = [];
    public List<FootnoteBuilder> Footnotes { get; } = [];
    public List<Owner> Owners { get; } = [];
    public string? OwnersLabel { get; set; }
    public List<ItemBuilder> Children { get; } = [];
    /// <summary>A blank line after the last ①②③ paragraph: what follows is body again.</summary>
    public bool ListClosed { get; set; }

    public IEnumerable<ItemBuilder> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);

    public PlanItem Build(TextJoiner joiner) => new()
    {
        Key = Key,
        Number = Number,
        Section = Section,
        Title = Title,
        Body = joiner.Paragraphs(Body),
        List = List.Select(e => string.Join("\n", joiner.Paragraphs(e))).ToList(),
        BodyAfterList = joiner.Paragraphs(AfterList),
        Starred = Starred,
        Repost = Repost,
        RepostOf = RepostOf,
        Owners = Owners,
        OwnersLabel = OwnersLabel,
        Footnotes = Footnotes.Select(f => f.Build(joiner)).ToList(),
        Children = Children.Select(c => c.Build(joiner)).ToList(),
        Span = new SourceSpan(Start, End),
    };
}

/// <summary>A footnote (※N) while it is being read.</summary>
internal sealed class FootnoteBuilder(string mark)
{
    public string Mark { get; } = mark;
    public string? Term { get; set; }
    public List<Piece> Text { get; } = [];

    public Footnote Build(TextJoiner joiner) => new(Mark, Term, string.Join("\n", joiner.Paragraphs(Text)));
}
