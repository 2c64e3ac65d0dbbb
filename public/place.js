// Enhancement only: says, as the author types, what of their place will be published. Without
// JavaScript the form says it when it comes back, before anything is posted.
(() => {
  for (const shown of document.querySelectorAll('[data-place-for]')) {
    const input = document.getElementById(shown.dataset.placeFor);
    const checked = shown.parentElement?.querySelector('input[name="placeChecked"]');
    if (!input || !checked) continue;
    let timer = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const text = input.value.trim();
        if (!text) {
          shown.textContent = '';
          return;
        }
        try {
          const res = await fetch(`/api/place?text=${encodeURIComponent(text)}`, {
            headers: { accept: 'application/json' },
          });
          if (!res.ok) return;
          const { shown: place } = await res.json();
          shown.textContent = place
            ? `Shown as: ${place}${place === text.replace(/\s+/g, ' ') ? '' : ' (the rest stays private)'}`
            : 'Nothing of this can be shown: it stays private.';
          // The author has now seen what will be published of this text.
          if (input.value.trim() === text) checked.value = input.value;
        } catch {
          // The form says it when it comes back.
        }
      }, 300);
    });
  }
})();
