package people

import (
	"regexp"
	"strconv"
	"strings"
)

// reAgeGiven reads an age given right after a name: "Petro Lysenko, 61,",
// "Father Emil Sarov, a 61-year-old priest", "Ilse Varga, aged 58",
// "Her grandson Ilko, now 10,".
// (reAgeAfter is the first of these alone, which a role may follow.)
var reAgeGiven = regexp.MustCompile(`^,\s*(?:(\d{1,3}),|an?\s+(\d{1,3})-year-old\b|(?:aged|now)\s+(\d{1,3})\b)`)

// reAgeSelf is someone giving their own age in their words: "I'm 47,
// I've been at sea for 26 years", "I am 61 years old."
var reAgeSelf = regexp.MustCompile(`\bI(?:'m|’m| am) (\d{1,3})(?: years old)?[,.;:!]`)

// reAgeOf is the text giving the age of someone it has just named, by
// pronoun: "He is 27, and he was captured at Selvary", "She is 48.",
// "He is 15 now." (not "He was 13 when …": an age once).
var reAgeOf = regexp.MustCompile(`\b([Hh]e|[Ss]he) is (?:now )?(\d{1,3})(?: years old)?(?: now| today)?[,.;:]`)

// reAgeOfRole is an age set after a role the text gives someone it
// named: "The mayor, 58, said the level …", "the ombudsman, 61,".
var reAgeOfRole = regexp.MustCompile(`\b((?:[Tt]he) (?:[a-z-]+ ){0,2}[a-z-]+)((?: of (?:the )?(?:\p{Lu}[\p{L}'’\-]*\s?){1,5})?), (\d{1,3}),`)

// reTheAged is an age standing for someone as a sentence's subject: "the
// 63-year-old had been sleeping", "The 61-year-old said". Group 1 is the
// age, group 2 the word after it (a finite verb says the age is the
// subject, not a word describing a noun: "the 63-year-old man").
var reTheAged = regexp.MustCompile(`\b[Tt]he (\d{1,3})-year-old ([a-z]+)\b`)

// reAgeBefore is an age set right before a name, as text ending where
// the name starts: "took 12-year-old Emil Dravic".
var reAgeBefore = regexp.MustCompile(`(?:^|\s)(\d{1,3})-year-old\s+$`)

// maxAgeBefore bounds the text read before a name for its age.
const maxAgeBefore = 16

// maxRoleAgeVerb bounds how far after "The mayor, 58," its speech verb
// stands.
const maxRoleAgeVerb = 12

// findStatedAges reads the ages people give of themselves in their
// quotations (qs, spoken by said) and the ages the text gives by a
// pronoun that stands for someone it named; an age read already, from
// the name's own apposition ("Petro Lysenko, 61,"), stands.
func (a *analyser) findStatedAges(qs []Quote, said []who) {
	for i, q := range qs {
		if said[i].p == nil {
			continue
		}
		if m := reAgeSelf.FindStringSubmatch(q.Text); m != nil {
			setAge(said[i].p, m[1])
		}
	}
	for pi := range a.paras {
		p := &a.paras[pi]
		// Both patterns give the age as a number after a space: most
		// paragraphs have none after "is " nor after ", ", and the
		// regular expressions, run on every paragraph of a large corpus,
		// cost a tenth of reading it.
		if strings.Contains(p.Text, "-year-old ") {
			// "a river police boat took 12-year-old Emil Dravic": the
			// age set right before the name.
			for _, m := range p.ments {
				if am := reAgeBefore.FindStringSubmatch(p.Text[max(0, m.off-maxAgeBefore):m.off]); am != nil && !m.possessive && !p.inside(m.off) {
					setAge(m.p, am[1])
				}
			}
			// "The school's caretaker, Bogdan Ferenc, … According to his
			// daughter, the 63-year-old had been sleeping …": the one
			// person the paragraph named before it, when a finite verb
			// (an auxiliary or a speech verb) makes the age the subject.
			for _, m := range reTheAged.FindAllStringSubmatchIndex(p.Text, -1) {
				next := p.Text[m[4]:m[5]]
				if _, speech := a.lx.SpeechVerb(next); p.inside(m[0]) || !a.lx.is("auxiliary", next) && !speech {
					continue
				}
				if one := onlyNamed(p.mentionsIn(0, m[0])); one != nil {
					setAge(one, p.Text[m[2]:m[3]])
				}
			}
		}
		if !digitAfter(p.Text, "is ") && !digitAfter(p.Text, ", ") {
			continue
		}
		for _, m := range reAgeOf.FindAllStringSubmatchIndex(p.Text, -1) {
			if p.inside(m[0]) {
				continue // someone else's words
			}
			if w := a.resolvePronoun(pi, m[0], strings.ToLower(p.Text[m[2]:m[3]])); w.p != nil {
				setAge(w.p, p.Text[m[4]:m[5]])
			}
		}
		for _, m := range reAgeOfRole.FindAllStringSubmatchIndex(p.Text, -1) {
			np := p.Text[m[2]:m[3]]
			if p.inside(m[0]) || !a.lx.IsTitleNoun(singular(a.lx, lastWord(np))) {
				continue // someone else's words, or no one's role ("the bridge, 118,")
			}
			w := who{}
			if m[4] == m[5] {
				w = a.roleSubject(pi, m[2], np)
			} else {
				// "For ten months Miroslava Tenning watched the Vell
				// river turn to dust. The head of the Harrow Farmers'
				// Cooperative, 58, …": a title of a body, the age set
				// after it, of the one person the paragraph named
				// before it.
				w.p = onlyNamed(p.mentionsIn(0, m[2]))
			}
			if w.p == nil && m[4] == m[5] {
				// "The mayor, 58, said": whoever the speech verb right
				// after the age was read to be said it.
				if vs := p.verbsIn(m[1], min(len(p.Text), m[1]+maxRoleAgeVerb)); len(vs) > 0 {
					w = p.eventAt(vs[0].start)
				}
			}
			if w.p != nil {
				setAge(w.p, p.Text[m[6]:m[7]])
			}
		}
	}
}

// onlyNamed is the one person ms name, none as an owner ("Tenning's");
// nil when they name none or two.
func onlyNamed(ms []mention) *member {
	var one *member
	for _, m := range ms {
		if m.possessive || one != nil && m.p != one {
			return nil
		}
		one = m.p
	}
	return one
}

// digitAfter reports a digit right after sep somewhere in text.
func digitAfter(text, sep string) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], sep)
		if i < 0 {
			return false
		}
		off += i + len(sep)
		if off < len(text) && text[off] >= '0' && text[off] <= '9' {
			return true
		}
	}
}

// setAge gives p the age n (digits) when none was read for them.
func setAge(p *member, n string) {
	if v, err := strconv.Atoi(n); err == nil && v > 0 && v < 120 && p.age == 0 {
		p.age = v
	}
}
