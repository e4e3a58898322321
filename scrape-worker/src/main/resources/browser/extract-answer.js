// The answer as markdown (headings, paragraphs, lists with their numbers, emphasis, links, code,
// tables) and its cited sources in order: from the citations selector, else the answer's own links.
(s) => {
  const all = (sel) => sel ? Array.from(document.querySelectorAll(sel)) : [];
  const answers = all(s.answer);
  const root = answers[answers.length - 1];
  const inline = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent.replace(/\s+/g, ' ');
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const tag = node.tagName.toLowerCase();
    const inner = () => Array.from(node.childNodes).map(inline).join('');
    switch (tag) {
      case 'strong': case 'b': { const t = inner().trim(); return t ? '**' + t + '**' : ''; }
      case 'em': case 'i': { const t = inner().trim(); return t ? '*' + t + '*' : ''; }
      case 'code': return '`' + node.textContent + '`';
      case 'br': return '\n';
      case 'a': { const t = inner().trim(); const h = node.getAttribute('href');
        return h && /^https?:/.test(node.href) ? '[' + (t || node.href) + '](' + node.href + ')' : t; }
      case 'script': case 'style': case 'button': case 'svg': return '';
      default: return block(node) ? blocks(node) : inner();
    }
  };
  const block = (node) => /^(p|div|section|article|h[1-6]|ul|ol|li|pre|blockquote|table|hr)$/i.test(node.tagName);
  const clean = (t) => t.replace(/[ \t]+/g, ' ').replace(/ +([.,;:!?)])/g, '$1').replace(/\( +/g, '(').trim();
  const list = (node, ordered, depth) => {
    let n = parseInt(node.getAttribute('start') || '1', 10);
    return Array.from(node.children).filter(c => c.tagName.toLowerCase() === 'li').map(li => {
      const marker = ordered ? (n++) + '. ' : '- ';
      const own = Array.from(li.childNodes).filter(c => !(c.nodeType === 1 && /^(ul|ol)$/i.test(c.tagName)));
      const nested = Array.from(li.children).filter(c => /^(ul|ol)$/i.test(c.tagName))
        .map(c => list(c, c.tagName.toLowerCase() === 'ol', depth + 1)).join('\n');
      const line = '  '.repeat(depth) + marker + clean(own.map(inline).join(''));
      return nested ? line + '\n' + nested : line;
    }).join('\n');
  };
  const table = (node) => {
    const rows = Array.from(node.querySelectorAll('tr')).map(tr => Array.from(tr.children).map(td => clean(inline(td)).replace(/\|/g, '\\|')));
    if (!rows.length) return '';
    const head = '| ' + rows[0].join(' | ') + ' |';
    const rule = '| ' + rows[0].map(() => '---').join(' | ') + ' |';
    return [head, rule].concat(rows.slice(1).map(r => '| ' + r.join(' | ') + ' |')).join('\n');
  };
  const blocks = (node) => {
    const out = [];
    let run = '';
    const flush = () => { const t = clean(run); if (t) out.push(t); run = ''; };
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.ELEMENT_NODE && block(child)) {
        flush();
        const tag = child.tagName.toLowerCase();
        if (/^h[1-6]$/.test(tag)) out.push('#'.repeat(+tag[1]) + ' ' + clean(Array.from(child.childNodes).map(inline).join('')));
        else if (tag === 'ul' || tag === 'ol') out.push(list(child, tag === 'ol', 0));
        else if (tag === 'pre') out.push('```\n' + child.innerText.replace(/\n$/, '') + '\n```');
        else if (tag === 'blockquote') out.push(blocks(child).split('\n').map(l => '> ' + l).join('\n'));
        else if (tag === 'table') out.push(table(child));
        else if (tag === 'hr') out.push('---');
        else { const b = blocks(child); if (b) out.push(b); }
      } else {
        run += inline(child);
      }
    }
    flush();
    return out.join('\n\n');
  };
  const markdown = root ? blocks(root) : '';
  const seen = new Set();
  const citations = [];
  const sourceNodes = s.citations ? all(s.citations) : (root ? Array.from(root.querySelectorAll('a[href]')) : []);
  for (const el of sourceNodes) {
    const a = el.tagName.toLowerCase() === 'a' ? el : el.querySelector('a[href]');
    if (!a || !/^https?:/.test(a.href) || seen.has(a.href)) continue;
    seen.add(a.href);
    const title = (el.getAttribute('title') || a.getAttribute('title') || a.innerText || '').trim();
    citations.push({ url: a.href, title: title || null });
  }
  return { markdown, citations };
}
