/* One sentence and its article as a paragraph, for every page that shows evidence.
   Shared by view.js and timeline.js (inlined before them). Article text only ever
   becomes textContent; a link is made only for an http(s) URL the data marks as one. */
function sourceBlock(s, a) {
  var block = document.createElement("p");
  block.textContent = "\u201c" + s[0] + "\u201d " + (a[1] ? "(" + a[1] + ") " : "");
  var url = null;
  if (a[3] === 1) {
    try { url = new URL(a[2]); } catch (e) { url = null; }
  }
  if (url && (url.protocol === "http:" || url.protocol === "https:")) {
    var link = document.createElement("a");
    link.href = url.href;
    link.textContent = a[0] || url.href;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    block.appendChild(link);
  } else if (a[0]) {
    block.appendChild(document.createTextNode(a[0]));
  }
  return block;
}
