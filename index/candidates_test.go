package index

import (
	"context"
	"strings"
	"testing"

	"github.com/talksbot/talksbot/internal/i18n"
)

// "what did the chief conservator say", where the articles quote two
// (two museums'): neither is guessed, and the reply
// names both, with their roles, so the member can ask for one by name;
// in each language the bot speaks. One who fits alone is answered as
// before, with no such line.
func TestDescriptionFittingSeveralNamesThem(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"talks.txt": `Museum talks open in Geneva

Oksana Lytvyn, the Kherson museum's chief conservator, said: "Every painting will be checked before it travels."

Iryna Bondar, the Odesa museum's chief conservator, said: "We are not keeping anything that is not ours."

Mykola Petrenko, the museum's night guard, said: "I have not slept since the trucks left."
`,
	})
	ctx := context.Background()
	a, err := e.Ask(ctx, "what did the chief conservator say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "" || len(a.Candidates) != 2 {
		t.Fatalf("speaker %q, candidates %+v; want no one guessed, and both named", a.Speaker, a.Candidates)
	}
	for _, l := range []i18n.Lang{i18n.English, i18n.Ukrainian, i18n.German} {
		intro := RenderIn(a, l).Intro
		for _, want := range []string{"Oksana Lytvyn", "Iryna Bondar", "Odesa museum's chief conservator"} {
			if !strings.Contains(intro, want) {
				t.Errorf("%s: intro %q lacks %q", l, intro, want)
			}
		}
	}
	if first := strings.SplitN(Render(a).Text(), "\n", 2)[0]; !strings.Contains(first, "ask about one of them by name") {
		t.Errorf("first line %q does not say to ask by name", first)
	}
	a, err = e.Ask(ctx, "what did the night guard say", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Mykola Petrenko" || len(a.Candidates) != 0 || strings.Contains(Render(a).Intro, "could be") {
		t.Errorf("the one night guard: speaker %q, candidates %+v, intro %q", a.Speaker, a.Candidates, Render(a).Intro)
	}
}
