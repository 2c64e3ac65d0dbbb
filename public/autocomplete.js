// Enhancement only: suggests remedy and condition names in the header search box.
// Without JavaScript the box is a plain GET form to /search.
(() => {
  const input = document.getElementById('site-search-q');
  const list = document.getElementById('site-search-suggestions');
  if (!input || !list) return;
  let timer = 0;
  let last = '';
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      if (q.length < 2 || q === last) return;
      last = q;
      try {
        const res = await fetch(`/api/autocomplete?q=${encodeURIComponent(q)}`, {
          headers: { accept: 'application/json' },
        });
        if (!res.ok) return;
        const { suggestions } = await res.json();
        list.replaceChildren(
          ...suggestions.map((s) => {
            const option = document.createElement('option');
            option.value = s.name;
            option.label = s.type === 'remedy' ? 'Remedy' : 'Condition';
            return option;
          }),
        );
      } catch {
        // Suggestions are a nicety; the form still works.
      }
    }, 150);
  });
})();
