//! The report's style sheet. Screens: a column of text, the charts at their width. Phones
//! (390 px): no text under 11 px — a chart keeps its own size (its text is 11 px and up)
//! and scrolls sideways in its frame rather than shrink, and a table scrolls too, with
//! shadows at the edge that hides columns and a line saying so. Print: A4, no table loses
//! a column: a wide table's section gets a page of its own turned to landscape (a named
//! page) and is printed split in two (report.rs writes the halves, shown only on paper);
//! every table is set smaller with its headers wrapping between words.

/// The style sheet, inline in the page's `<style>`.
pub const CSS: &str = "
*{box-sizing:border-box}
html{font-size:16px}
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;
  color:#1a1a1a;background:#ffffff;line-height:1.45;max-width:62rem;margin:0 auto;padding:1.25rem}
header{border-bottom:3px solid #0072B2;margin-bottom:1.5rem;padding-bottom:.5rem}
header .brand{display:flex;align-items:center;gap:.75rem}
header .brand img{height:3.5rem;width:auto}
.commission{font-size:1.05rem;font-weight:600;margin:0;color:#0b4f7a}
h1{font-size:1.6rem;margin:0 0 .25rem}
.sub{color:#444444;margin:0}
nav ol{margin:.5rem 0 0;padding-left:1.25rem;columns:2;font-size:.9rem}
nav a{color:#0b4f7a}
h2{font-size:1.25rem;margin:2rem 0 .25rem;border-bottom:1px solid #cccccc;padding-bottom:.2rem}
h3{font-size:1rem;margin:.5rem 0 .25rem}
.about{margin:.25rem 0 .75rem;color:#333333;max-width:48rem}
.left-out{margin:.25rem 0 .75rem;color:#333333;font-style:italic}
figure{margin:0 0 1rem;overflow-x:auto}
figure svg{display:block;width:100%;max-width:40rem;height:auto}
.each{display:grid;grid-template-columns:repeat(auto-fit,minmax(24rem,1fr));gap:1rem}
.each figure svg{max-width:none}
figcaption{font-weight:600;font-size:.95rem}
.table{overflow-x:auto;margin:0 0 1rem;
  background:linear-gradient(to right,#ffffff 30%,rgba(255,255,255,0)),
    linear-gradient(to right,rgba(255,255,255,0),#ffffff 70%) 100% 0,
    radial-gradient(farthest-side at 0 50%,rgba(0,0,0,.25),rgba(0,0,0,0)),
    radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.25),rgba(0,0,0,0)) 100% 0;
  background-repeat:no-repeat;background-color:#ffffff;
  background-size:40px 100%,40px 100%,14px 100%,14px 100%;
  background-attachment:local,local,scroll,scroll}
.print-split{display:none}
.scroll-hint{display:none;font-size:.8rem;color:#555555;margin:0 0 .25rem}
table{border-collapse:collapse;font-size:.85rem;font-variant-numeric:tabular-nums}
th,td{padding:.25rem .5rem;border-bottom:1px solid #dddddd;text-align:left;vertical-align:bottom}
thead th{background:rgba(0,114,178,.08);font-weight:600;min-width:3.5rem}
td.n,th.n{text-align:right}
tbody+tbody{border-top:2px solid #999999}
tr.total td{font-weight:600;background:rgba(0,0,0,.04)}
.empty{color:#555555;font-style:italic}
footer{margin-top:2.5rem;border-top:1px solid #cccccc;padding-top:.5rem;font-size:.8rem;color:#444444}
footer p{margin:.15rem 0}
footer code{font-size:.8rem;word-break:break-all}
@media (max-width:40rem){body{padding:.6rem}h1{font-size:1.3rem}nav ol{columns:1}
  table{font-size:.75rem}th,td{padding:.2rem .3rem}
  figure svg,.each figure svg{width:auto;max-width:none}
  .each{display:block}
  .scroll-hint{display:block}}
@page{size:A4;margin:12mm}
@page wide{size:A4 landscape;margin:10mm}
@media print{
  body{max-width:none;padding:0;font-size:10pt}nav,.scroll-hint{display:none}
  h2{break-after:avoid;page-break-after:avoid}
  figure,tr{break-inside:avoid;page-break-inside:avoid}
  figure svg{max-width:150mm}
  .each{display:grid;grid-template-columns:1fr 1fr}
  .each figure svg{width:100%}
  .table{overflow:visible;background:none}
  table{font-size:7.5pt;width:100%}thead{display:table-header-group}
  th{white-space:normal;min-width:0}
  section.wide>.table{display:none}
  .print-split{display:block}
  th,td{padding:.1rem .2rem}
  section.wide{page:wide}
  a{color:inherit;text-decoration:none}}
";
