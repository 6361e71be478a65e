package people_test

import (
	"fmt"

	"github.com/talksbot/talksbot/corpus/people"
)

func ExampleLexicon_Analyse() {
	lx := people.Default()
	doc, err := lx.Analyse([]people.Paragraph{
		{Num: 1, Text: `"We want peace, not a pause in the war," said Dmitry Peskov, the spokesman for Russian President Vladimir Putin.`},
		{Num: 2, Text: `Asked about guarantees, he said: "We have not seen any texts yet." He said that Moscow would study any document carefully.`},
		{Num: 3, Text: `"It was a useful meeting for both sides," Zelensky's office said.`},
	}, people.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range doc.Quotes {
		fmt.Printf("¶%d %q: %q\n", q.Paragraph, q.Speaker, q.Text)
	}
	for _, q := range doc.Reported {
		fmt.Printf("¶%d %q reported: %q\n", q.Paragraph, q.Speaker, q.Text)
	}
	// Output:
	// ¶1 "Dmitry Peskov": "We want peace, not a pause in the war,"
	// ¶2 "Dmitry Peskov": "We have not seen any texts yet."
	// ¶3 "": "It was a useful meeting for both sides,"
	// ¶2 "Dmitry Peskov" reported: "Moscow would study any document carefully"
}

func ExampleLexicon_Extend() {
	lx, err := people.Default().Extend([]byte(`
people:
  - {name: Karl Brandt, gender: male, role: Inspector of the Army, aliases: [Carl Brandt]}
speech_verbs:
  - {form: deadpanned, kind: say}
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	k, _ := lx.LookupKnown("Carl Brandt")
	fmt.Println(k.Name, "|", k.Role, "|", k.GenderOf())
	doc, _ := lx.Analyse([]people.Paragraph{{Num: 1, Text: `"The line will hold all winter," deadpanned Brandt.`}}, people.Options{})
	fmt.Println(doc.Quotes[0].Speaker)
	// Output:
	// Karl Brandt | Inspector of the Army | male
	// Karl Brandt
}

func ExampleMatcher_Find() {
	m := people.Default().NewMatcher([]people.Candidate{
		{Name: "Dmitry Peskov", Aliases: []string{"peskov"}, Roles: []string{"Kremlin spokesman"}},
		{Name: "Susan Stewart", Aliases: []string{"stewart"}, Roles: []string{"expert at the German Institute for International and Security Affairs (SWP)"}},
		{Name: "Claudia Major", Aliases: []string{"major"}, Roles: []string{"security expert at the German Marshall Fund"}},
	})
	ordinary := func(w string) bool { return w == "major" || w == "security" }
	for _, q := range []string{"peskov on the security guarantees?", "what did the SWP expert say", "is the GMF analyst right", "a major hurdle"} {
		spans := m.Find(q, people.MatchOptions{InUse: ordinary})
		fmt.Printf("%q:", q)
		for _, s := range spans {
			fmt.Printf(" %q (%s)", q[s.Start:s.End], s.Via)
		}
		fmt.Println()
	}
	// Output:
	// "peskov on the security guarantees?": "peskov" (name)
	// "what did the SWP expert say": "SWP expert" (organisation)
	// "is the GMF analyst right": "GMF analyst" (organisation)
	// "a major hurdle":
}

func ExampleMatcher_Match() {
	cands := []people.Candidate{
		{Name: "Volodymyr Zelensky", Aliases: []string{"zelensky", "zelenskyy"}, Roles: []string{"Ukrainian President"}},
		{Name: "Jonas Marquardt", Aliases: []string{"marquardt"}, Roles: []string{"General"}},
	}
	m := people.Default().NewMatcher(cands)
	for _, who := range []string{"Zelenskiy", "President Zelensky", "gen marquart", "the Ukrainian president"} {
		best := m.Match(who, people.MatchOptions{})[0]
		fmt.Printf("%s → %s (%s)\n", who, cands[best.Index].Name, best.Via)
	}
	fmt.Println(len(m.Closest("Zelinsky", 2)), "close to Zelinsky")
	// Output:
	// Zelenskiy → Volodymyr Zelensky (variant)
	// President Zelensky → Volodymyr Zelensky (title)
	// gen marquart → Jonas Marquardt (title)
	// the Ukrainian president → Volodymyr Zelensky (role)
	// 1 close to Zelinsky
}

func ExampleKey() {
	for _, s := range []string{"Zelensky", "Zelenskyy", "Zelenskiy's", "ZELENSKYI"} {
		fmt.Println(people.Key(s))
	}
	// Output:
	// zelensky
	// zelensky
	// zelensky
	// zelensky
}
