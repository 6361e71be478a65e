package corpus_test

import (
	"errors"
	"fmt"

	"github.com/talksbot/talksbot/corpus"
)

func ExampleSafeName() {
	for _, name := range []string{"Peace talks (Geneva).md", "../../etc/passwd.txt", "slides.pdf"} {
		safe, err := corpus.SafeName(name)
		var re *corpus.RejectError
		if errors.As(err, &re) {
			fmt.Println("refused:", re.Reason)
			continue
		}
		fmt.Println(safe)
	}
	// Output:
	// Peace_talks_Geneva.md
	// refused: "../../etc/passwd.txt" contains a path; give a plain file name
	// refused: "slides.pdf" is not an article file; accepted: .txt, .md, .html, .htm
}
