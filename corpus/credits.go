package corpus

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/talksbot/talksbot/corpus/people"
)

// creditedPeople are the people an article credits — its author, and the
// reporters and editors of its credit lines — whom its text does not name:
// "what did sarah kim say" is answered with who she is (a reporter for
// Northline, never quoted), not with "no one of that name". Only names
// that open with a given name the people lexicon knows are taken, so an
// outlet or a desk ("Northline Press writers") is never a person.
func creditedPeople(doc *Document, lx *people.Lexicon) []Person {
	roles := pageWords().creditRole
	var out []Person
	add := func(name, role, line string) {
		if role == "" {
			return
		}
		key := people.Key(name)
		credit := Credit{Doc: doc.ID, Title: doc.Title, Outlet: doc.Outlet, Author: doc.Author, Date: doc.Date, URL: doc.URL, Line: line}
		for _, ps := range [][]Person{doc.People, out} {
			for i := range ps {
				if people.Key(ps[i].Name) == key {
					// Named in the text too ("Hugo Sandal reported
					// from Durn", under his analysis): the line
					// crediting them still says they wrote it.
					ps[i].Credits = fullerCredit(ps[i].Credits, credit, name)
					return
				}
			}
		}
		if doc.Outlet != "" {
			role += " for " + doc.Outlet
		}
		p := personOf(lx.Credited(name, role))
		p.Credits = []Credit{credit}
		out = append(out, p)
	}
	for _, n := range authorNames(doc.Author) {
		// A byline's name is a person's whatever its given name
		// ("Sofiia Tkach"): the reader took it for the author already.
		if bylineName(n, lx) {
			add(n, roles["byline"], bylineOf(doc, n))
		}
	}
	for i, s := range doc.Skipped {
		why, line, ok := strings.Cut(s, ": ")
		if !ok {
			continue
		}
		if name, role, ok := signOff(doc.Skipped, i, lx); ok {
			// "Nadia Ostrowska / Editor, The Ceasefire Desk" under a
			// newsletter or a letter: who wrote it, and what they are.
			if creditedName(name, lx) {
				add(name, role, name+", "+role)
			}
			continue
		}
		if role, names := titleCredit(line, lx); (why == whyAfter || why == whyLabel || why == whySection) && len(names) > 0 {
			// "Presiding Judge: U. Zand" under a ruling, "Chair: Ulrike
			// Zand" under minutes: who signed it, in what office;
			// "Interpreter: Daryna Kovalchuk (Ukrainian-English)" among
			// a transcript's labels or over its title.
			for _, n := range names {
				add(n, role, line)
			}
			continue
		}
		switch why {
		case whyCaption:
			// "… Varga on Friday morning. Photograph: Tamas Reller for
			// The Continental Post": who took the picture.
			for _, n := range pictureCredit(line) {
				if creditedName(n, lx) {
					add(n, roles["caption"], line)
				}
			}
		case whyCredits, whyCredits + " (used as author)":
			for p, names := range creditParts(line) {
				for _, n := range names {
					if creditedName(n, lx) {
						add(n, roles[strings.ToLower(p)], line)
					}
				}
			}
		case "contributors":
			// "Northline Press writers Ivan Rudenko in Moscow and Sarah
			// Kim in Washington contributed to this report."
			for _, n := range givenNamed(line, lx) {
				add(n, roles["contributors"], line)
			}
		}
	}
	return out
}

// pictureCredit is the names a caption's credit may give ("Photo: Ivan
// Lysenko / Eastern Ledger", "Photograph: Tamas Reller for The
// Continental Post"): each part of what follows its word for a picture,
// split where a slash, "for" or a comma sets a name from an outlet.
func pictureCredit(caption string) []string {
	m := reCaption().FindStringSubmatch(caption)
	if m == nil {
		return nil
	}
	var out []string
	for _, part := range reCreditSplit.Split(m[1], -1) {
		if part = strings.Trim(part, " .;"); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// reCreditSplit sets a picture credit's names apart from its outlets.
var reCreditSplit = regexp.MustCompile(` / |/| for |, `)

// titleCredit reads a line that gives an office, then a colon and the
// names of those who hold it ("Presiding Judge: U. Zand", "Judges: K.
// Pohl, R. Anker"): the office in lower case, one holder's ("judge" of
// "Judges"), and the names. The label is one to three capitalised words
// ending in a title or a word for what someone is ("Interpreter"); every
// name after it is two to four words opening with a given name or
// initials, and what is in brackets after a name is no part of it.
func titleCredit(line string, lx *people.Lexicon) (string, []string) {
	label, rest, ok := strings.Cut(line, ": ")
	f := strings.Fields(label)
	if !ok || len(f) == 0 || len(f) > maxTitleCreditWords {
		return "", nil
	}
	for _, w := range f {
		if !unicode.IsUpper([]rune(w)[0]) {
			return "", nil
		}
	}
	office := func(w string) bool { return lx.IsTitleNoun(w) || lx.IsPersonNoun(w) }
	head := people.Fold(f[len(f)-1])
	if !office(head) {
		head = strings.TrimSuffix(head, "s") // "Judges"
		if !office(head) {
			return "", nil
		}
	}
	var names []string
	for _, n := range strings.Split(strings.TrimRight(strings.TrimSpace(rest), "."), ",") {
		n = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(n), "and "))
		if i := strings.Index(n, " ("); i > 0 && strings.HasSuffix(n, ")") {
			n = n[:i] // "Daryna Kovalchuk (Ukrainian-English)": what she interprets
		}
		if !creditedName(n, lx) && !reInitialled.MatchString(n) {
			return "", nil
		}
		names = append(names, n)
	}
	role := append(strings.Fields(strings.ToLower(label))[:len(f)-1], head)
	return strings.Join(role, " "), names
}

// maxTitleCreditWords is the most words of an office a credit line gives
// before its colon.
const maxTitleCreditWords = 3

// reInitialled is a name of initials and a surname: "U. Zand", "K.P.
// Pohl".
var reInitialled = regexp.MustCompile(`^(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{L}'’-]+$`)

// signOff reads a sign-off after the article at skipped[i]: a line that
// is a name alone, opening with a given name, and the next line a title
// ("Editor, The Ceasefire Desk").
func signOff(skipped []string, i int, lx *people.Lexicon) (name, role string, ok bool) {
	why, name, _ := strings.Cut(skipped[i], ": ")
	if why != whyAfter || i+1 >= len(skipped) || !strings.HasPrefix(skipped[i+1], whyAfter+": ") {
		return "", "", false
	}
	name = signedName(name, lx)
	if !creditedName(name, lx) || strings.ContainsAny(name, ",;:()") {
		return "", "", false
	}
	nextWhy, role, _ := strings.Cut(skipped[i+1], ": ")
	if nextWhy != whyAfter || !titleOpens(role, lx) {
		return "", "", false
	}
	return name, strings.TrimSpace(role), true
}

// signedName is a sign-off's name without the dash and the honorific a
// writer signs with ("— Dr Kateryna Lysenko").
func signedName(s string, lx *people.Lexicon) string {
	f := strings.Fields(strings.TrimLeft(s, "—–- "))
	if len(f) > 2 && lx.AddressedBy(f[0]) {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// titleOpens reports a line opening with what someone is, up to its first
// comma: a title ("Editor, The Ceasefire Desk"), perhaps after the words
// qualifying it ("Senior Fellow, Centre for …").
func titleOpens(line string, lx *people.Lexicon) bool {
	head, _, _ := strings.Cut(strings.TrimSpace(line), ",")
	f := strings.Fields(strings.ToLower(head))
	if len(f) == 0 {
		return false
	}
	return lx.IsTitleNoun(people.Fold(strings.Trim(f[0], ","))) || endsInRoleNoun(f, lx)
}

// bylineOf is the line of the article that gave it its author, name, as
// printed ("By Elena Ward | The Meridian Review | May 2027"), else the
// author as its header gives them.
func bylineOf(doc *Document, name string) string {
	caption := ""
	for _, s := range doc.Skipped {
		why, line, ok := strings.Cut(s, ": ")
		if !ok || !strings.Contains(line, name) {
			continue
		}
		if why != whyCaption {
			return line
		}
		if caption == "" {
			// A photo of theirs credits the picture, not the article:
			// taken only when no other line names them.
			caption = line
		}
	}
	if caption != "" {
		return caption
	}
	return doc.Author
}

// fullerCredit adds c, a line of one article crediting name, to a
// person's credits: the article's first such line, or a later one when
// the first gives only the name ("By Teodor Lisk", then "(Reporting by
// Teodor Lisk in Halvy; Editing by Marcus Dell)").
func fullerCredit(have []Credit, c Credit, name string) []Credit {
	i := slices.IndexFunc(have, func(h Credit) bool { return h.Doc == c.Doc })
	if i < 0 {
		return mergeCredits(have, []Credit{c})
	}
	if bare(have[i].Line, name) && !bare(c.Line, name) {
		have[i] = c
	}
	return have
}

// bare reports a credit line that is the name alone, perhaps after "By".
func bare(line, name string) bool {
	rest := strings.TrimSpace(strings.Replace(line, name, "", 1))
	return rest == "" || strings.EqualFold(strings.Trim(rest, " .,:"), "by")
}

// mergeCredits adds credits to a person's, each article once, up to
// MaxCredits.
func mergeCredits(have, more []Credit) []Credit {
	for _, c := range more {
		if len(have) >= MaxCredits {
			break
		}
		if !slices.ContainsFunc(have, func(h Credit) bool { return h.Doc == c.Doc }) {
			have = append(have, c)
		}
	}
	return have
}

// creditedName reports a name of two to four words opening with a given
// name ("Anya Brandt"), not an outlet or a desk.
func creditedName(name string, lx *people.Lexicon) bool {
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	_, given := lx.GivenName(f[0])
	return given
}

// bylineName reports whether a byline's name is a person's: two to four
// capitalised words, none a word no name holds (but a given name that is
// a place too, "Sofia") and the last no body's ("By Sofiia Tkach", not
// "By Kyiv Courier Staff").
func bylineName(name string, lx *people.Lexicon) bool {
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	for i, w := range f {
		r := []rune(w)[0]
		if _, given := lx.GivenName(w); !unicode.IsUpper(r) || lx.NotName(w) && !(i == 0 && given) {
			// "Sofia Brandt": a given name that is a city too.
			return false
		}
	}
	return !lx.IsOrganisationWord(f[len(f)-1])
}

// givenNamed finds the names in a line that open with a given name and go
// on with capitalised words: "… writers Ivan Rudenko in Moscow and Sarah
// Kim in Washington …" → Ivan Rudenko, Sarah Kim.
func givenNamed(line string, lx *people.Lexicon) []string {
	f := strings.Fields(line)
	var out []string
	for i := 0; i < len(f); i++ {
		w := strings.Trim(f[i], ",;.()")
		if _, ok := lx.GivenName(w); !ok || !capitalised(w) {
			continue
		}
		name := []string{w}
		for j := i + 1; j < len(f) && len(name) < 4; j++ {
			x := strings.Trim(f[j], ",;.()")
			if !capitalised(x) {
				break
			}
			name = append(name, x)
			if strings.ContainsAny(f[j], ",;.") {
				break
			}
		}
		if len(name) >= 2 {
			out = append(out, strings.Join(name, " "))
			i += len(name) - 1
		}
	}
	return out
}

func capitalised(w string) bool {
	return w != "" && strings.ToUpper(w[:1]) == w[:1] && strings.ToLower(w[:1]) != w[:1]
}
