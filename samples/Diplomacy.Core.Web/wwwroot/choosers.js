// A chooser past the listed size is a search field (Reading/Chooser.cs): as the editor types, this asks the API for
// suggestions and offers them in the field's list, each a key with the name it stands for. Without the script the
// field still takes a key typed in full.
const delayMs = 150;

for (const field of document.querySelectorAll('input[data-suggest]')) {
  const suggestions = document.getElementById(field.getAttribute('list'));
  let timer;
  let asked = '';
  field.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => suggest(field.value.trim()), delayMs);
  });

  async function suggest(text) {
    if (text === '' || text === asked) {
      return;
    }

    asked = text;
    const url = new URL(field.dataset.suggest, document.baseURI);
    url.searchParams.set('q', text);
    url.searchParams.set('lang', document.documentElement.lang);
    const answer = await fetch(url, { headers: { Accept: 'application/json' } });
    // A slower answer to an older text must not replace the newer one's.
    if (!answer.ok || asked !== text) {
      return;
    }

    const choices = await answer.json();
    suggestions.replaceChildren(...choices.map(choice => {
      const option = document.createElement('option');
      option.value = choice.value;
      option.label = choice.text;
      return option;
    }));
  }
}
