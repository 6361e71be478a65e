package index

import "testing"

// "the old lady in the water queue" is the one the articles make old
// (Marta, 67), not the head of the water utility a passage holding
// "water" names; "her old boss" is no one made old, but whose boss she
// was once.
func TestOldDescribesWhomTheArticlesMakeOld(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"tarsk.txt": `Tarsk queues for water as tankers run

TARSK, June 20 - Mayor Irena Halvik toured the filling point and its queue on Tuesday with Dora Lesk-Penc, head of the Tarsk Water Utility. "We test every truck before it leaves," Lesk-Penc said.

In the queue at the tanker on Lipova Street, Marta, 67, held two plastic cans. "Today I am just angry at whoever wrote that message," she said.

Olena Vasko, 34, a nurse at the district hospital, said the wards had enough water. "We are fine for now," she said.
`})
	askedAs(t, e, []struct{ q, who string }{
		{"what did the old lady in the water queue say", "Marta"},
		{"what did the elderly woman at the tanker say", "Marta"},
		{"what did the old lady say", "Marta"},
	})
}

// Asked for "the old lady", the one the articles give an old age (Vira,
// 79) comes before one they only call retired, however much the rest of
// the description fits her ("a retired schoolteacher, she runs the
// water points"): the retired teacher is never answered for the old
// lady in the water line; a "pensioner" is asked for by title.
func TestOldByAgeBeforeRetired(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"notes.html": `<html><head><title>Velyshka water: show notes</title></head><body>
<p><b>Halyna Tkach</b> chairs the residents' committee. A retired schoolteacher, she runs the volunteer rota at the town's 40 water collection points. "The rota is full until Sunday," Tkach said.</p>
</body></html>`,
		"epaper.txt": `Water trucks return

VELYSHKA, March 3 - At the same truck the line stretched past the bakery by seven in the morning. Vira Oliynyk, 79, had pulled two canisters there on a sledge. "Here I am again, like every day since summer," she said.
`})
	askedAs(t, e, []struct{ q, who string }{
		{"what did the old lady in the water line say", "Vira Oliynyk"},
		{"what did the retired teacher say", "Halyna Tkach"},
	})
}
