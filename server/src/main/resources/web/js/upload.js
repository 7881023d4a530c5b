// Upload: paste an article, have it coded and stored (POST /api/articles with the token), and
// see it coded in place. The token is kept in this tab's sessionStorage only.
import { postArticle } from './api.js';
import { el } from './annotate.js';
import { show } from './reader.js';

const TOKEN_KEY = 'tidings.token';

async function idOf(text, date) {
  const bytes = new TextEncoder().encode(date + '\n' + text);
  const hash = await crypto.subtle.digest('SHA-256', bytes);
  return 'web-' + [...new Uint8Array(hash)].slice(0, 8).map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Wires the form; `stored` is called after an article was stored. */
export function wire(stored) {
  const form = document.getElementById('upload-form');
  const token = document.getElementById('u-token');
  token.value = sessionStorage.getItem(TOKEN_KEY) || '';
  const date = document.getElementById('u-date');
  if (!date.value) {
    date.value = new Date().toISOString().slice(0, 10);
  }
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const out = document.getElementById('upload-result');
    const text = document.getElementById('u-text').value;
    const title = document.getElementById('u-title').value.trim();
    sessionStorage.setItem(TOKEN_KEY, token.value.trim());
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    out.replaceChildren(el('p', 'Coding… (the first article after a start loads the models, which takes a while)'));
    try {
      const article = { id: await idOf(text, date.value), date: date.value, text, source: 'web page' };
      if (title) {
        article.title = title;
      }
      const coded = await postArticle(article, token.value.trim());
      const shown = { ...coded, text: coded.text || text, title: coded.title || title };
      out.replaceChildren(el('p', coded.already_stored ? 'This article was stored before; its coding:'
        : `Stored as ${coded.id}: ${(coded.events || []).length} events.`, 'upload-done'), el('div'));
      show(out.lastChild, shown);
      stored();
    } catch (err) {
      out.replaceChildren(el('p', 'Not stored: ' + err.message, 'error'));
      out.firstChild.setAttribute('role', 'alert');
    } finally {
      button.disabled = false;
    }
  });
}
