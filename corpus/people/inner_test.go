package people

import (
	"strings"
	"testing"
)

// Words someone quotes inside their own quotation, by a pronoun and a
// speech verb ("She said to me, 'I am not asking Moscow to say
// sorry.'"), are also a quotation of the one the pronoun is, when the
// text names them. Not when the pronoun is someone the text brings in
// unnamed ("a constituent whose brother-in-law …: "He writes, '…'""),
// nor words someone might say ("if she says, 'Look at line 316,'").
func TestQuotationInsideAQuotation(t *testing.T) {
	got, _ := analyse(paras(
		`Oksana Hrytsenko, 47, leads Ukraine's delegation. She trained as an engineer.`,
		`The breakthrough came from Sheikh Khalid Al-Mannai, Qatar's envoy. "She said to me, 'Your Excellency, I am not asking Moscow to say sorry. I am asking them to pay for a compressor.' I told her that was fair," Al-Mannai said.`,
		`Edward Hartley, a Conservative MP, asked about the soldiers.`,
		`Fiona MacLeod read from a letter sent by a constituent whose Ukrainian brother-in-law has been held since 2022: "He writes, 'We were told he would be in the first group. Now they say the third.'"`,
		`"On the other side of the table they know that if she says, 'Look at line 316,' then something on line 316 is wrong," said Bohdan Yaremchuk, her deputy.`,
	))
	by := speakersByStart(got, 16)
	if by["Your Excellency,"] != "Oksana Hrytsenko" {
		t.Errorf("the words quoted inside the envoy's: %q; want Hrytsenko's", by)
	}
	for _, start := range []string{"We were told he ", "Look at line 316"} {
		if s, ok := by[start]; ok {
			t.Errorf("%q… read as %q's quotation", start, s)
		}
	}
}

// Inside someone's own words, "he" is someone else: "He told me: 'Not
// one metre more.'", said by the farmer after the text named the
// colonel, is the colonel's, not the farmer's.
func TestInnerQuoteByAnotherHe(t *testing.T) {
	qs, _ := analyse(paras(
		"Mykola Dorosh has farmed the strip for thirty years.",
		"There he met Lieutenant Colonel Gennady Sobolev, the Russian officer whose men held the far bank. \"He was very polite,\" Dorosh says. \"He told me: 'Not one metre more.' Then he asked if I had cigarettes.\"",
	))
	checkByStart(t, qs, map[string]string{
		"He was very polite,": "Mykola Dorosh",
		"Not one metre more.": "Gennady Sobolev",
	})
}

// Someone brought in unnamed and named in the same clause ("an officer
// who introduced himself only as Colonel Drozd") is named: "He said,
// '…'" inside the reporter's words is his; one never named ("a guard
// who would not give his name") leaves the inner words unattributed.
func TestInnerQuoteByOneNamedAfterAnIndefinite(t *testing.T) {
	qs, _ := analyse(paras(
		"Elin Rask was freed on Wednesday.",
		"She said an officer who introduced himself only as Colonel Drozd told her again and again that her newspaper had stopped asking about her. \"He said, 'Nobody in Solvik remembers your name.' He said it almost kindly,\" Rask said.",
		"She said a guard who would not give his name brought her tea. \"He said, 'Drink it while it is hot.' I did,\" Rask said.",
	))
	checkByStart(t, qs, map[string]string{
		"Nobody in Solvik remembers your name.": "Drozd",
		"Drink it while it is hot.":             "",
	})
}

// A name and where they are from may stand between the speaker and a
// naming verb: "Governor Bohdan Yavorsky of Bilozerska region, where
// most of the strip lies, called the deal "…"" is his.
func TestNameAndPlaceBeforeANamingVerb(t *testing.T) {
	for _, text := range []string{
		"Governor Bohdan Yavorsky of Bilozerska region called the deal \"a lifeline for more than two hundred families\".",
		"Governor Bohdan Yavorsky of Bilozerska region, where most of the strip lies, called the deal \"a lifeline for more than two hundred families\".",
		"Dr Ines Carvalho of the FAO said: \"The signatures were the easy part.\"",
	} {
		qs, _ := analyse(paras("The harvest deal was signed in March.", text))
		if len(qs) != 1 || qs[0].Speaker == "" || !strings.Contains(text, qs[0].Speaker) {
			t.Errorf("%q: quotes %+v, want the named person's", text, qs)
		}
	}
}

// "Her answer, repeated to reporters afterwards: "…"" gives the words to
// the one "her" is, as "Voronov's remark" gives them to Voronov; a pull
// quote credited to an office with a dash ("- the Maltese foreign
// minister") is its holder's, when the text has named them.
func TestPossessivePronounRemarkAndOfficeCredit(t *testing.T) {
	qs, _ := analyse(paras(
		"Deputy Foreign Minister Oksana Hrytsenko briefed the Rada's foreign affairs committee on Saturday. According to two MPs present, she was asked three times whether Kyiv had been \"too soft\" on money. Her answer, repeated to reporters afterwards: \"Sixty days is a deadline, not a suggestion.\"",
		"Malta's foreign minister, Clara Vella, who hosted the talks, said afterwards: \"Tonight Malta has done what small countries do best.\"",
		"> \"Nobody in Valletta is pretending this is peace.\" - the Maltese foreign minister, on the eve of the signing",
	))
	checkByStart(t, qs, map[string]string{
		"Sixty days is a dead": "Oksana Hrytsenko",
		"too soft":             "",
		"Nobody in Valletta i": "Clara Vella",
	})
}

// A word saying which remark it is may stand between the possessive
// pronoun and the word for it (words.tsv remarkword): "His only line to
// reporters was, "…"" is the judge's; a word of another kind there ("his
// blue notebook") makes no remark of the quotation.
func TestPossessivePronounWhichRemark(t *testing.T) {
	qs, _ := analyse(paras(
		"The other figure to watch is the retired Swiss judge, Anton Imboden, who chairs the technical panel.",
		"He is a man of few words. His only line to reporters was, \"A meter is like a witness. You examine it before you believe it.\"",
		"He is a man of few words. His blue notebook says \"no comment at all today\" on its cover.",
	))
	checkByStart(t, qs, map[string]string{
		"A meter is like a wi": "Anton Imboden",
		"no comment at all to": "",
	})
}

// A colon after a naming verb and its object brings in what the verb
// names, however many words the object takes: "she described her job
// with a metaphor I keep coming back to: "…"" is hers; without the
// colon, a long object is not read so.
func TestNamingVerbThenAColon(t *testing.T) {
	qs, _ := analyse(paras(
		"I have watched Solveig Brekke work since her years at the Norwegian embassy in Kyiv. At a panel in Bergen in April, she described her job with a metaphor I keep coming back to: \"Mediators are furniture.\"",
	))
	checkByStart(t, qs, map[string]string{"Mediators are furnit": "Solveig Brekke"})
}

// A title of two title nouns has no one word for its head: "The Director
// General added that …" after "INOA Director General Marguerite
// Okonkwo-Lind" is hers, matched as the title is written; "the general"
// is still no Director General.
func TestTwoWordTitleAsTheSubject(t *testing.T) {
	qs, _ := analyse(paras(
		"\"Thirty-four people climbed towers,\" said INOA Director General Marguerite Okonkwo-Lind.",
		"The Director General added that the restoration \"does not change the underlying fragility\". \"One line is not safety.\"",
		"\"We will not move,\" the general said.",
	))
	checkByStart(t, qs, map[string]string{
		"does not change the ": "Marguerite Okonkwo-Lind",
		"One line is not safe": "Marguerite Okonkwo-Lind",
		"We will not move,":    "",
	})
}

// The two-noun title is matched before the body it heads: "Director
// General of the agency", and a signature's "Director General, Civil
// Aviation Authority", are both "the Director General", a paragraph
// later as a title is.
func TestTwoWordTitleBeforeItsBody(t *testing.T) {
	for _, intro := range []string{
		"Ingrid Solberg, Director General of the Kestrian Civil Aviation Authority, opened the briefing.",
		"Ingrid Solberg, Director General, Kestrian Civil Aviation Authority",
	} {
		qs, _ := analyse(paras(
			intro,
			"Operators should expect an average extra flight time of 22 minutes via route T-19.",
			`At a briefing for airline managers, the Director General said: "If you are not carrying the team, you are not flying there."`,
			`"We will not move," the general said.`,
		))
		checkByStart(t, qs, map[string]string{
			"If you are not carry": "Ingrid Solberg",
			"We will not move,":    "",
		})
	}
}

// "He looked at us and said, '…'": the pronoun opening the clause whose
// "and said" brings in the inner words is who says them, as "He said,"
// is; a clause opened otherwise ("Then the man looked at us and said")
// leaves them to no one.
func TestInnerQuoteAfterAndSaid(t *testing.T) {
	qs, _ := analyse(paras(
		`In February, Nadiya and other families met Ukraine's chief negotiator, Deputy Foreign Minister Taras Melnychuk, in Mykolaiv. She remembers his promise exactly.`,
		`"He looked at us and said, 'They will be home before the cherries flower.' I wrote it in my diary that night," Nadiya Moroz says.`,
		`"Then a man in uniform looked at us and said, 'Nobody leaves before the list is checked.' We waited," Nadiya Moroz says.`,
	))
	by := speakersByStart(qs, 16)
	if by["They will be hom"] != "Taras Melnychuk" {
		t.Errorf("the promise quoted inside Nadiya Moroz's words: %q; want Taras Melnychuk's", by)
	}
	if s, ok := by["Nobody leaves be"]; ok && s != "" {
		t.Errorf("words of an unnamed man read as %q's", s)
	}
}

// A quotation may name who says the words it quotes: by name right
// before the speech verb ("Colonel Rusin said to me, '…'"), by a
// pronoun for the one it just named ("I asked Capt Adjei for one
// sentence, and he said, '…'"), by a name opening the sentence whose
// last verb is "and said", or by a title the text gave someone ("The
// president told the delegation: '…'"). The words are theirs, not the
// one quoting them; "I told Colonel Rusin, '…'" stays with the speaker,
// and so do words "an operator" said.
func TestQuotationNamesItsInnerSpeaker(t *testing.T) {
	qs, _ := analyse(paras(
		"Kremlin spokesman Dmitry Peskov said President Vladimir Putin had been briefed twice. \"The president told the delegation: 'Exchange everyone for everyone, if Kyiv is ready,'\" Peskov said.",
		"The audit was led by Capt Samuel Adjei of Ghana's civil aviation authority.",
		"Claire Dubuisson, the agency's spokesperson, took questions. \"I asked Capt Adjei for one sentence, and he said, 'Boryspil is ready, and Lviv is more than ready.'\" she said.",
		"Olena Melnyk faced Colonel Arkady Rusin across the table.",
		"Melnyk described the hardest moment. \"Colonel Rusin said to me, 'Your vets will not come with flags on their sleeves,' and I said, fine, ours will come with syringes.\"",
		"Father Mykhailo Savchuk recalled the day. \"Halyna Moroz looked at our Saint Paraskeva and said to me, 'Father, we are not getting back objects, we are getting back witnesses,'\" he said.",
		"Rusin was blunt in reply. \"I told Colonel Rusin, 'Nobody here wants your cows,' and he laughed,\" Melnyk said.",
		"Melnyk visited the plant. \"An operator said to me, 'We keep the reactors cold, but who keeps us warm?'\" she said.",
	))
	checkByStart(t, qs, map[string]string{
		"Exchange everyone fo": "Vladimir Putin",
		"Boryspil is ready, a": "Samuel Adjei",
		"Your vets will not c": "Arkady Rusin",
		"Father, we are not g": "Halyna Moroz",
	})
	for _, q := range qs {
		if strings.HasPrefix(q.Text, "Nobody here wants") || strings.HasPrefix(q.Text, "We keep the reactors") {
			t.Errorf("%q… read as %q's own quotation", q.Text, q.Speaker)
		}
	}
}

// A verb that goes on into the speech verb ("He kept telling me, "…"")
// stands between the subject and it as an adverb does: inside a
// conductor's turn, the miner the turn just named speaks.
func TestSubjectBeforeAVerbGoingOn(t *testing.T) {
	qs, _ := analyse(paras(
		`PRESENTER: Olga Ternova, you were the senior conductor. Was anyone taken ill?`,
		`OLGA TERNOVA: A lady fainted in carriage two. There was a nurse on board, travelling with her mother, and she helped.`,
		`OLGA TERNOVA: Then in the afternoon Mr Pelin, the old miner, had pains in his chest. He kept telling me, "I went down the pit for forty years, I can sit in a train." But we called ahead.`,
	))
	checkByStart(t, qs, map[string]string{"I went down the pit for forty": "Pelin"})
}

// Words a quotation gives someone it names by a title alone, as its
// subject ("The harbour master radioed and said, '…'"), are an unnamed
// source's by that title, not the one quoting them; "the whole bridge"
// after them names no one.
func TestInnerQuoteByATitleAlone(t *testing.T) {
	qs, _ := analyse(paras(
		`Captain Teodor Brask waited 19 days at anchor.`,
		`"The harbour master radioed and said, 'Morning Wren, you are cleared to proceed,' and the whole bridge cheered," Brask wrote.`,
	))
	found := false
	for _, q := range qs {
		if strings.HasPrefix(q.Text, "Morning Wren, you are cleared") {
			found = true
			if q.Speaker != "" || q.Role != "harbour master" {
				t.Errorf("the harbour master's words credited to %q (role %q)", q.Speaker, q.Role)
			}
		}
	}
	if !found {
		t.Errorf("quotes %+v; want the harbour master's words among them", qs)
	}
}
