package index

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// Asked about a subject, someone quoted a few times is shown all their
// words, those on the subject first ("Kharkiv needs transformers this
// winter" speaks to the reconstruction fund without its words); someone
// quoted more often than fewQuotes is shown only their words on it.
func TestQuotesOnSubjectFirst(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\ntitle: Who pays to rebuild\ndate: 2027-02-01\n---\n\n")
	b.WriteString("Oksana Melnyk, chief economist at the Kharkiv Centre for Economic Strategy, studies the reconstruction fund.\n\n")
	b.WriteString("\"The reconstruction fund has a lot of arguing and very few bricks,\" Melnyk said.\n\n")
	b.WriteString("Her office overlooks a substation hit three times last winter.\n\n")
	b.WriteString("\"Kharkiv needs transformers this winter, not a governance structure in 2028,\" Melnyk said.\n\n")
	b.WriteString("Kremlin spokesman Dmitry Peskov spoke to reporters every day this week.\n\n")
	for i := 1; i <= fewQuotes; i++ {
		fmt.Fprintf(&b, "\"We will answer question number %d on the grain corridor tomorrow morning,\" Peskov said.\n\n", i)
	}
	b.WriteString("\"The reconstruction fund is theft of Russian money,\" Peskov said.\n\n")
	files := map[string]string{"fund.md": b.String()}
	e := engineOfFiles(t, files)
	ctx := context.Background()
	a, err := e.Ask(ctx, "melnyk on the reconstruction fund", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Oksana Melnyk" || len(a.Quotes) != 2 || !strings.Contains(a.Quotes[0].Text, "reconstruction fund") || !strings.Contains(a.Quotes[1].Text, "transformers") {
		t.Errorf("melnyk on the fund: speaker %q, quotes %q; want both, the one on the fund first", a.Speaker, quoteTexts(a))
	}
	a, err = e.Ask(ctx, "peskov on the reconstruction fund", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Speaker != "Dmitry Peskov" || len(a.Quotes) != 1 || !strings.Contains(a.Quotes[0].Text, "theft") || a.QuotesTotal != fewQuotes+1 {
		t.Errorf("peskov on the fund: speaker %q, %d of %d quotes %q; want only his one on the fund", a.Speaker, len(a.Quotes), a.QuotesTotal, quoteTexts(a))
	}
}

// A statement an attribution splits in two (""We will not accept any
// line drawn on our side only," Veltris told reporters …. "A buffer that
// begins …"") is on the question's subject as a whole when one part is:
// of someone quoted too often for all their words to be shown
// (corpus124: 13 times), both parts are, though the second shares no
// word with the question.
func TestSplitStatementOnTheSubject(t *testing.T) {
	a := ask(t, engineOfDir(t, "testdata/corpus124"), "what did veltris say about the leaked map")
	var first, second bool
	for _, q := range a.Quotes[:min(a.QuotesOn, len(a.Quotes))] {
		first = first || strings.Contains(q.Text, "We will not accept any line drawn")
		second = second || strings.Contains(q.Text, "A buffer that begins at our riverbank")
	}
	if !first || !second {
		t.Errorf("quotes on the map %d of %+v; want both parts of the statement among them", a.QuotesOn, a.Quotes)
	}
}
