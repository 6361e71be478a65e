package main

// pageHTML draws replies the way Discord's dark theme does: the desktop
// client's message column, and on a narrow window the mobile client's
// tighter margins and larger text on a 390 px phone. Sizes follow the
// clients' stylesheets as of 2025 closely enough to compare two versions
// of a reply; the font falls back to Noto Sans or Helvetica where gg sans
// is not installed.
const pageHTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
:root { color-scheme: dark; }
* { box-sizing: border-box; }
body { margin: 0; background: #313338; color: #dbdee1;
  font-family: "gg sans", "Noto Sans", "Helvetica Neue", Helvetica, Arial, sans-serif;
  font-size: 16px; line-height: 1.375; -webkit-font-smoothing: antialiased; }
header.page { padding: 12px 16px; border-bottom: 1px solid #1f2023; color: #b5bac1; font-size: 13px; }
header.page h1 { margin: 0 0 4px; font-size: 16px; color: #f2f3f5; }
#heights { font-family: ui-monospace, monospace; font-size: 12px; white-space: pre; margin: 6px 0 0; }
.reply { padding: 10px 0 14px; border-bottom: 1px solid #3f4147; }
.label { padding: 0 16px 6px 72px; font-size: 12px; color: #949ba4; }
.label b { color: #dbdee1; }
.msg { position: relative; padding: 2px 48px 2px 72px; min-height: 44px; }
.avatar { position: absolute; left: 16px; top: 2px; width: 40px; height: 40px; border-radius: 50%;
  background: #5865f2; color: #fff; font-weight: 600; font-size: 15px; display: flex; align-items: center; justify-content: center; }
.who { font-size: 16px; font-weight: 500; color: #f2f3f5; line-height: 22px; }
.tag { background: #5865f2; color: #fff; font-size: 10px; font-weight: 600; border-radius: 3px; padding: 1px 4px; margin-left: 4px; vertical-align: 2px; }
.time { font-size: 12px; color: #949ba4; margin-left: 4px; }
.content { font-size: 16px; line-height: 22px; }
.ephemeral { font-size: 12px; color: #949ba4; margin-top: 4px; }
.embed { display: grid; max-width: 516px; margin-top: 2px; background: #2b2d31; border-left: 4px solid #1e1f22;
  border-radius: 4px; padding: 8px 16px 16px 12px; }
.embed .title { margin-top: 8px; font-size: 16px; font-weight: 600; line-height: 22px; color: #f2f3f5; overflow-wrap: anywhere; }
.embed .desc { margin-top: 8px; font-size: 14px; line-height: 18px; overflow-wrap: anywhere; }
.embed .fields { display: grid; margin-top: 8px; gap: 8px; }
.embed .fname { font-size: 14px; font-weight: 600; line-height: 18px; color: #f2f3f5; margin-bottom: 2px; }
.embed .fvalue { font-size: 14px; line-height: 18px; overflow-wrap: anywhere; }
.embed .footer { margin-top: 8px; font-size: 12px; line-height: 16px; color: #b5bac1; overflow-wrap: anywhere; }
blockquote { margin: 0; padding: 0 8px 0 12px; border-left: 4px solid #4e5058; border-radius: 4px; }
a { color: #00a8fc; text-decoration: none; }
strong { font-weight: 700; color: #f2f3f5; }
code { background: #1e1f22; border-radius: 4px; padding: 0 3px; font-size: 85%; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
.row { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
.button { height: 32px; min-width: 60px; padding: 2px 16px; border-radius: 8px; font-size: 14px; font-weight: 500;
  line-height: 16px; color: #fff; display: inline-flex; align-items: center; justify-content: center; }
.button.primary { background: #5865f2; } .button.secondary { background: #4e5058; }
.button.success { background: #248046; } .button.danger { background: #da373c; } .button.link { background: #4e5058; }
.button.disabled { opacity: .5; }
.select { width: 100%; max-width: 400px; height: 40px; background: #1e1f22; border: 1px solid #1e1f22; border-radius: 8px;
  padding: 8px 8px 8px 12px; font-size: 14px; color: #949ba4; display: flex; align-items: center; justify-content: space-between; }
.select::after { content: "⌄"; color: #dbdee1; font-size: 18px; line-height: 10px; }
.h { color: #f0b232; margin-left: 8px; }

/* The phone: Discord's mobile client on a 390 px screen. Headless
   Chromium will not lay a window out narrower than 500 px, so the phone
   layout is a class (set by the script below for any window up to 600 px,
   or by #phone in the address) with the page exactly 390 px wide. */
html.phone body { width: 390px; }
html.phone .msg { padding: 2px 16px 2px 68px; }
html.phone .label { padding-left: 16px; }
html.phone .embed { max-width: none; padding: 8px 12px 12px 10px; }
html.phone .embed .title { font-size: 16px; line-height: 21px; }
html.phone .embed .desc, html.phone .embed .fvalue { font-size: 15px; line-height: 20px; }
html.phone .embed .fname { font-size: 15px; line-height: 20px; }
html.phone .select { max-width: none; height: 44px; }
html.phone .button { height: 36px; }
</style></head>
<body>
<script>
if (window.innerWidth <= 600 || location.hash === "#phone") document.documentElement.classList.add("phone");
</script>
<header class="page"><h1>{{.Title}}</h1>
Drawn like Discord's dark theme; a window up to 600 px wide (or #phone) shows the phone layout, 390 px wide.
Heights are of the message alone (name line, embed, buttons).
<div id="heights"></div></header>
{{range .Replies}}
<section class="reply" data-name="{{.Name}}">
  <div class="label"><b>{{.Name}}</b> · {{.From}} <span class="h"></span></div>
  <div class="msg">
    <div class="avatar">tb</div>
    <div><span class="who">talksbot</span><span class="tag">APP</span><span class="time">Today at 12:00</span></div>
    {{with .Msg.Content}}<div class="content">{{md .}}</div>{{end}}
    {{range .Msg.Embeds}}
    <div class="embed" style="border-left-color: {{color .Color}}">
      {{with .Title}}<div class="title">{{md .}}</div>{{end}}
      {{with .Description}}<div class="desc">{{md .}}</div>{{end}}
      {{with .Fields}}<div class="fields">{{range .}}<div><div class="fname">{{md .Name}}</div><div class="fvalue">{{md .Value}}</div></div>{{end}}</div>{{end}}
      {{with .Footer}}<div class="footer">{{.Text}}</div>{{end}}
    </div>
    {{end}}
    {{range .Msg.Components}}<div class="row">{{range .Components}}{{if eq .Type 2}}<span class="button {{style .Style}}{{if .Disabled}} disabled{{end}}">{{.Label}}</span>{{else}}<span class="select">{{.Placeholder}}</span>{{end}}{{end}}</div>{{end}}
    {{if .Msg.Ephemeral}}<div class="ephemeral">Only you can see this</div>{{end}}
  </div>
</section>
{{end}}
<script>
// Measure each message and say how tall it is; headless Chromium's
// --dump-dom shows the figures in data-height.
function measure() {
  const lines = [];
  document.querySelectorAll(".reply").forEach(r => {
    const h = Math.round(r.querySelector(".msg").getBoundingClientRect().height);
    r.dataset.height = h;
    const w = document.documentElement.classList.contains("phone") ? 390 : window.innerWidth;
    r.querySelector(".h").textContent = h + " px tall at " + w + " px";
    lines.push(r.dataset.name.padEnd(24) + String(h).padStart(6) + " px");
  });
  document.getElementById("heights").textContent = lines.join("\n");
}
measure();
window.addEventListener("load", measure);
</script>
</body></html>
`
