package people

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// The expressions the word scans replaced, built from the lexicon; the
// scans must find exactly what they find.
var (
	lx              = Default()
	verbAlternation = func() string {
		var forms []string
		for _, v := range lx.SpeechVerbs("") {
			if v.Kind == "question" {
				continue // never read in articles
			}
			forms = append(forms, regexp.QuoteMeta(v.Form))
		}
		sort.SliceStable(forms, func(i, j int) bool { return len(forms[i]) > len(forms[j]) })
		return strings.Join(forms, "|")
	}()
	// "According to", "In the view of": an according form opening a
	// sentence, capitalised.
	capitalAccording = func() string {
		var forms []string
		for _, v := range lx.SpeechVerbs("") {
			if v.Kind == "according" && strings.Contains(v.Form, " ") {
				forms = append(forms, regexp.QuoteMeta(strings.ToUpper(v.Form[:1])+v.Form[1:]))
			}
		}
		return strings.Join(forms, "|")
	}()
	oracleSpeechVerb   = regexp.MustCompile(`\b(?:` + verbAlternation + `|` + capitalAccording + `)\b`)
	oracleSpeechVerbLC = regexp.MustCompile(`\b(?:` + verbAlternation + `)\b`)
	oracleVerbThenName = regexp.MustCompile(`\b(?:` + verbAlternation + `)\s+(\p{Lu}[\p{L}\-]+)\b`)
	oracleNameThenVerb = regexp.MustCompile(`\b(\p{Lu}[\p{L}\-]+)\s+(?:` + verbAlternation + `)\b`)
	oracleWordTok      = regexp.MustCompile(`[\p{L}\p{M}'’.\-]+`)
	oracleOrgRoleStart = regexp.MustCompile(`^\s+(?:from|of|at)\s`)
	oracleCapRun       = regexp.MustCompile(`\p{Lu}[\p{L}\p{M}'’.\-]*(?:[\t\f\r ]+(?:(?:` + strings.Join(lx.particles, "|") + `)[\t\f\r ]+)?(?:(?:` + strings.Join(lx.prefixes, "|") + `))?\p{Lu}[\p{L}\p{M}'’.\-]*)*`)
)

func verbSpans(vs []verbAt) [][2]int {
	var out [][2]int
	for _, v := range vs {
		out = append(out, [2]int{v.start, v.end})
	}
	return out
}

func spans(locs [][]int, group int) [][2]int {
	var out [][2]int
	for _, l := range locs {
		out = append(out, [2]int{l[2*group], l[2*group+1]})
	}
	return out
}

// checkVerbScan compares the scan with the expressions on text.
func checkVerbScan(t *testing.T, text string) {
	t.Helper()
	if got, want := verbSpans(lx.speechVerbs(text, true)), spans(oracleSpeechVerb.FindAllStringSubmatchIndex(text, -1), 0); !reflect.DeepEqual(got, want) {
		t.Errorf("speechVerbs(%q) = %v, want %v", text, got, want)
	}
	verbs := lx.speechVerbs(text, false)
	if want := spans(oracleSpeechVerbLC.FindAllStringSubmatchIndex(text, -1), 0); !reflect.DeepEqual(verbSpans(verbs), want) && (len(verbs) > 0 || len(want) > 0) {
		t.Errorf("speechVerbs(%q, lower-case) = %v, want %v", text, verbs, want)
	}
	if got, want := lx.hasSpeechVerb(text), len(verbs) > 0; got != want {
		t.Errorf("hasSpeechVerb(%q) = %v, want %v", text, got, want)
	}
	if got, want := verbThenName(text, verbs), spans(oracleVerbThenName.FindAllStringSubmatchIndex(text, -1), 1); !reflect.DeepEqual(got, want) {
		t.Errorf("verbThenName(%q) = %v, want %v", text, got, want)
	}
	if got, want := nameThenVerb(text, verbs), spans(oracleNameThenVerb.FindAllStringSubmatchIndex(text, -1), 1); !reflect.DeepEqual(got, want) {
		t.Errorf("nameThenVerb(%q) = %v, want %v", text, got, want)
	}
	if got, want := wordToks(text), oracleWordTok.FindAllStringIndex(text, -1); !reflect.DeepEqual(got, want) {
		t.Errorf("wordToks(%q) = %v, want %v", text, got, want)
	}
	if got, want := orgRoleMayFollow(text), oracleOrgRoleStart.MatchString(text); got != want {
		t.Errorf("orgRoleMayFollow(%q) = %v, want %v", text, got, want)
	}
	for n := 1; n <= 12; n += 3 {
		all := strings.Fields(text)
		want := all[max(0, len(all)-n):]
		if got := lastFields(text, n); !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Errorf("lastFields(%q, %d) = %q, want %q", text, n, got, want)
		}
	}
	if got, want := lx.capRuns(text), spans(oracleCapRun.FindAllStringSubmatchIndex(text, -1), 0); !reflect.DeepEqual(got, want) {
		t.Errorf("capRuns(%q) = %v, want %v", text, got, want)
	}
}

var verbScanSeeds = []string{
	`"We want peace," said Kremlin spokesman Dmitry Peskov.`,
	`Jilge told DW. Reisner said, according to Reuters, that Peskov said-Ushakov said nothing.`,
	`According to Qatari mediator Khalid al-Mansouri, the lists were agreed. He pointed out the risk; she points outside.`,
	`said Hoè. said Łukasz said Ökonom told Zelenskyy's aide told, saidx xsaid _said said_ 9said`,
	`the Gulf said, a Minister said; Ukrainia Peskov said.   Peskov   said   Ushakov	told	Merz`,
	`according tom According to according  to Accordingto, pointed  out, pointed out_, told`,
	`Ursula von der Leyen met Khalid al-Mansouri, Ahmed bin Salman, Mark van der Berg and Anna de la Cruz.`,
	`Ursula von der leyen, von  der Leyen, Ali al- Sayed, Ali al-sayed, Jean de  Gaulle, Hans von Von der Leyen, Abu ibn-Sina`,
	"Mets. She argued. İstanbul Ǆemal ǅ Σ ÉCOLE Ab\u0301c D'Arcy O’Neil St.-Pierre -Ab A\tB A\u00a0B A\nB",
	" of the German Council", "  from\tthe Institute", " at", " atthe", "\u00a0of the", " Of the", "x of the",
	"a\u2003b\u00a0c  d\te", "  lead  ", "\u00a0",
	`said`, ``, `Ü said`, `aÜb said`, `-Ab said`, `A- said`, `said Ab-`, `said É-é`, "said\u00a0Merz",
}

func TestVerbScanMatchesExpressions(t *testing.T) {
	texts := append([]string(nil), verbScanSeeds...)
	for _, dir := range []string{"../embedded", "../testdata/articles", "../../index/testdata/corpus2"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, strings.Split(string(data), "\n")...)
		}
	}
	if len(texts) < 100 {
		t.Fatalf("only %d texts to compare on", len(texts))
	}
	for _, text := range texts {
		checkVerbScan(t, text)
	}
}

func FuzzVerbScan(f *testing.F) {
	for _, s := range verbScanSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkVerbScan(t, text)
	})
}

// Whom someone told may be a word that is also a speech verb: "told
// state television" is no verb "state" with no subject, and the words
// after it are the minister's.
func TestToldAnObjectThatIsAVerb(t *testing.T) {
	qs, _ := analyse(paras(
		"The harvest deal was signed in March.",
		"Deputy Agriculture Minister Vadim Korolyov, who headed the Russian delegation, told state television: \"We did not come to Kirazli to talk about borders.\"",
	))
	if len(qs) != 1 || qs[0].Speaker != "Vadim Korolyov" {
		t.Errorf("quotes %+v, want the minister's", qs)
	}
}
