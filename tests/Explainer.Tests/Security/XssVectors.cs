namespace Explainer.Tests.Security;

/// <summary>
/// Known ways to run script or make a reader's browser call another host from Markdown, from the
/// OWASP XSS filter evasion cheat sheet and HTML5 Security Cheatsheet, and holes found in our own
/// checks (a table cell written apart from its table, a tag left open). <c>Offset</c> is where in
/// the vector the refused construct starts, so an inline use can be checked to the column.
/// </summary>
public static class XssVectors
{
    public sealed record Vector(string Name, string Markdown, int Offset = 0, bool InlineToo = true)
    {
        public override string ToString() => Name;
    }

    public static readonly IReadOnlyList<Vector> All =
    [
        new("script element", "<script>alert(1)</script>"),
        new("img onerror", "<img src=x onerror=alert(1)>"),
        new("svg onload", "<svg onload=alert(1)>"),
        new("iframe", "<iframe src=\"https://evil.example/\"></iframe>"),
        new("iframe srcdoc", "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>"),
        new("object", "<object data=\"x.swf\"></object>"),
        new("embed", "<embed src=\"x.swf\">"),
        new("javascript: in raw a", "<a href=\"javascript:alert(1)\">x</a>"),
        new("javascript: in mixed case", "<a href=\"JaVaScRiPt:alert(1)\">x</a>"),
        new("javascript: as decimal entity", "<a href=\"&#106;avascript:alert(1)\">x</a>"),
        new("javascript: as hex entity and &colon;", "<a href=\"&#x6A;avascript&colon;alert(1)\">x</a>"),
        new("javascript: with a tab", "<a href=\"java\tscript:alert(1)\">x</a>"),
        new("javascript: with an encoded tab", "<a href=\"javas&#x09;cript:alert(1)\">x</a>"),
        new("javascript: with an encoded newline", "<a href=\"java&#10;script:alert(1)\">x</a>"),
        new("javascript: after a leading space", "<a href=\" javascript:alert(1)\">x</a>"),
        new("javascript: after &Tab;", "<a href=\"&Tab;javascript:alert(1)\">x</a>"),
        new("javascript: unquoted", "<a href=javascript:alert(1)>x</a>"),
        new("javascript: in a markdown link", "[x](javascript:alert(1))"),
        new("javascript: in a markdown link in capitals", "[x](JAVASCRIPT:alert(1))"),
        new("javascript: in a markdown link with an entity", "[x](&#106;avascript:alert(1))"),
        new("javascript: in a markdown link with an encoded tab", "[x](java&#09;script:alert(1))"),
        new("javascript: in a markdown link in angle brackets", "[x](<javascript:alert(1)>)"),
        new("javascript: in a markdown link with a title", "[x](javascript:alert(1) \"title\")"),
        new("javascript: in a markdown reference link", "[x][evil]\n\n[evil]: javascript:alert(1)", InlineToo: false),
        new("javascript: autolink", "<javascript:alert(1)>"),
        new("vbscript:", "<a href=\"vbscript:msgbox(1)\">x</a>"),
        new("data: text/html link", "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>"),
        new("data: link in markdown", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
        new("data: svg image", "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">"),
        new("javascript: inside other tags", "<span><em><a href=\"javascript:alert(1)\">x</a></em></span>", Offset: 10),
        new("style element", "<style>body{display:none}</style>"),
        new("style attribute", "<span style=\"background:url(javascript:alert(1))\">x</span>"),
        new("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">"),
        new("base href", "<base href=\"https://evil.example/\">"),
        new("link stylesheet from another host", "<link rel=stylesheet href=//evil.example/x.css>"),
        new("form action", "<form action=\"https://evil.example/\"><button>go</button></form>"),
        new("button formaction", "<button formaction=javascript:alert(1)>x</button>"),
        new("input autofocus onfocus", "<input autofocus onfocus=alert(1)>"),
        new("details ontoggle", "<details open ontoggle=alert(1)><summary>x</summary></details>"),
        new("body onload", "<body onload=alert(1)>"),
        new("math xlink:href", "<math><a xlink:href=\"javascript:alert(1)\">x</a></math>"),
        new("svg a xlink:href", "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>"),
        new("event handler in odd case", "<span OnClick=\"alert(1)\">x</span>"),
        new("event handler on an allowed link", "<a href=\"https://example.org/\" onmouseover=\"alert(1)\">x</a>"),
        new("event handler on an allowed image", "<img src=\"/assets/favicon.svg\" onload=alert(1)>"),
        new("pointer event on a div", "<div title=\"x\" onpointerenter=\"alert(1)\">x</div>"),
        new("protocol-relative image", "<img src=\"//evil.example/x.png\">"),
        new("backslash-relative link", "<a href=\"\\\\evil.example\\x\">x</a>"),
        new("markdown image from another host", "![x](https://evil.example/x.png)"),
        new("protocol-relative markdown image", "![x](//evil.example/x.png)"),
        new("image srcset from another host", "<img srcset=\"https://evil.example/x.png 1x\">"),
        new("html comment hiding markup", "<!-- --><script>alert(1)</script><!-- -->", Offset: 8),
        new("noscript mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"),
        new("template", "<template><script>alert(1)</script></template>"),
        new("video source onerror", "<video><source onerror=alert(1)></video>"),
        new("audio onerror", "<audio src=x onerror=alert(1)></audio>"),
        new("marquee onstart", "<marquee onstart=alert(1)>x</marquee>"),
        new("script tag split over two lines", "<script\n>alert(1)</script>", InlineToo: false),
        new("split script tag", "<scr<script>ipt>alert(1)</script>", Offset: 4),
        new("unknown element with a handler", "<x onclick=alert(1)>x</x>"),
        new("target blank", "<a href=\"/topics/\" target=\"_blank\">x</a>"),
        new("img src as script", "<img src=x:alert(alt) onerror=eval(src) alt=0>"),
        new("protocol-relative image after a space", "<img src=\" //evil.example/x.png\">"),
        new("protocol-relative image as entities", "<img src=\"&#47;&#47;evil.example/x.png\">"),
        new("protocol-relative image in capitals", "<IMG SRC=\"//EVIL.EXAMPLE/X.PNG\">"),
        new("slash-backslash image", "<img src=\"/\\evil.example/x.png\">"),
        new("svg image from another host", "<svg><image href=\"//evil.example/x.png\"/></svg>"),
        new("mathml maction", "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">x</maction></math>"),
        new("javascript&colon; as a named entity", "<a href=\"javascript&colon;alert(1)\">x</a>"),
        new("srcset with another host after a safe candidate", "<img src=\"/ok.png\" srcset=\"/ok.png 1x, //evil.example/x.png 2x\">"),
        new("style loading from another host", "<div style=\"background:url(//evil.example/x.png)\">x</div>"),
        new("comment closed by --!>", "<!-- x --!><img src=x onerror=alert(1)><!-- -->", Offset: 11),
        new("table cell written apart from its table", "<td onclick=alert(1)>x</td>"),
        new("JavaScript include &{...}", "<span title=\"&{alert(1)}\">x</span>"),
        new("attribute left open to take in the next raw HTML", "<div title=\"\n\n<span title=\" onclick=alert(1) x=\">x</span>", Offset: 12, InlineToo: false),
    ];

    public static TheoryData<Vector> Theory()
    {
        var data = new TheoryData<Vector>();
        foreach (var vector in All) data.Add(vector);
        return data;
    }

    public static TheoryData<Vector> InlineTheory()
    {
        var data = new TheoryData<Vector>();
        foreach (var vector in All.Where(v => v.InlineToo)) data.Add(vector);
        return data;
    }
}
