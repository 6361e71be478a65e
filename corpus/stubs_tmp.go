package corpus

import "errors"

func readMarkdown(data []byte) ([]line, Meta, error) {
	return nil, Meta{}, errors.New("markdown: not yet")
}
func readHTML(data []byte) ([]line, Meta, error) { return nil, Meta{}, errors.New("html: not yet") }
