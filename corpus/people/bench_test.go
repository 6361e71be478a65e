package people

import (
	"fmt"
	"strings"
	"testing"
)

// repeatTo repeats s until the text is n bytes long.
func repeatTo(s string, n int) string {
	return strings.Repeat(s, n/len(s)+1)[:n]
}

// adversarial are single paragraphs built to make attribution work hard:
// a name and a verb in every sentence, pronouns that read back, and
// quotations each needing an attribution.
var adversarial = map[string]string{
	"names":     "Peskov said. ",
	"pronouns":  "He said. Peskov told Zelensky. She said. ",
	"quotes":    `"We want peace and nothing else," said Kremlin spokesman Dmitry Peskov. "It is so," he said. `,
	"prose":     `The talks in Berlin focused heavily on security guarantees, according to officials, and the draft under discussion would commit the United States and European countries to respond if Russia attacked Ukraine again. `,
	"spokesman": `"There are no plans now," the spokesman for Russian President Vladimir Putin said. `,
}

// BenchmarkAttribution reads one paragraph of 100 KB to 2 MB: the time
// per byte must stay flat as the paragraph grows (linear, not quadratic).
func BenchmarkAttribution(b *testing.B) {
	lx := Default()
	for _, kind := range []string{"names", "pronouns", "quotes", "spokesman", "prose"} {
		for _, size := range []int{100 << 10, 500 << 10, 1 << 20, 2 << 20} {
			text := repeatTo(adversarial[kind], size)
			b.Run(fmt.Sprintf("%s/%dKB", kind, size>>10), func(b *testing.B) {
				b.SetBytes(int64(size))
				for b.Loop() {
					if _, err := lx.Analyse([]Paragraph{{Text: text, Num: 1}}, Options{}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
