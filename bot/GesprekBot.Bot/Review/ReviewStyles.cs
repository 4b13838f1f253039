namespace GesprekBot.Bot.Review;

/// <summary>
/// The review's stylesheet, served from /review/assets/review.css: CSP forbids inline styles, and a
/// C# string keeps it in the feature folder without a static-files setup. Print rules hide navigation and forms.
/// </summary>
internal static class ReviewStyles
{
    /// <summary>A page icon of our own, so the browser does not ask for /favicon.ico outside /review.</summary>
    public const string Icon = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="14" fill="none" stroke="#0b5cad" stroke-width="3"/><circle cx="16" cy="16" r="5" fill="#0b5cad"/></svg>""";

    public const string Css = """
        :root { --ink: #1d2330; --muted: #5b6474; --line: #d5d9e0; --accent: #0b5cad; --urgent: #a8071a; --urgent-bg: #fff1f0; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--ink); background: #f6f7f9; }
        header.top { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; padding: .6rem 1.5rem; background: #fff; border-bottom: 1px solid var(--line); }
        header.top nav a { margin-right: 1rem; }
        header.top form { display: inline; }
        main { max-width: 1200px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        a { color: var(--accent); }
        h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
        h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
        section.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; margin-bottom: 1rem; }
        section.card > h2:first-child { margin-top: 0; }
        table { border-collapse: collapse; width: 100%; background: #fff; }
        th, td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: #eef1f5; }
        tr.urgent td { background: var(--urgent-bg); }
        .badge { display: inline-block; padding: 0 .5rem; border-radius: 1rem; font-size: .85rem; border: 1px solid var(--line); background: #eef1f5; }
        .badge.urgent { background: var(--urgent); color: #fff; border-color: var(--urgent); font-weight: 700; }
        .crisis { border: 3px solid var(--urgent); background: var(--urgent-bg); }
        .crisis h2 { color: var(--urgent); margin-top: 0; }
        .grid { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; }
        @media (max-width: 900px) { .grid { grid-template-columns: 1fr; } }
        .map svg { max-width: 100%; height: auto; }
        .compare { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        dl.facts { display: grid; grid-template-columns: fit-content(60%) minmax(8rem, 1fr); gap: .25rem 1rem; margin: 0; }
        dl.facts dt { color: var(--muted); }
        p.question { margin: .75rem 0 0; }
        blockquote { margin: .25rem 0 .75rem; padding-left: .75rem; border-left: 3px solid var(--line); white-space: pre-wrap; }
        .muted { color: var(--muted); font-size: .9rem; }
        .error { color: var(--urgent); font-weight: 600; }
        form.inline { display: inline-flex; gap: .5rem; align-items: center; flex-wrap: wrap; }
        label.block { display: block; margin: .5rem 0 .2rem; }
        input[type=email], input[type=password], input[type=search], textarea, select { font: inherit; padding: .35rem .5rem; border: 1px solid #9aa3b1; border-radius: 4px; }
        textarea { width: 100%; min-height: 5rem; }
        button { font: inherit; padding: .35rem .9rem; border-radius: 4px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; }
        button.danger { background: var(--urgent); border-color: var(--urgent); }
        button.link { background: none; border: none; color: var(--accent); text-decoration: underline; padding: 0; }
        .signin { max-width: 24rem; margin: 4rem auto; }
        code.link { word-break: break-all; }
        img.qr { display: block; margin-top: .5rem; image-rendering: pixelated; }
        @media print {
          header.top, form, .no-print { display: none !important; }
          body { background: #fff; font-size: 11pt; }
          section.card { border: none; padding: 0; break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
