package index

import (
	"context"
	"strings"
	"testing"
)

// "Who wrote X" is answered with the byline of the article X describes
// — by its subject, its outlet, or both, whatever kind of piece the
// question calls it — and what the articles say of its author.
func TestWhoWroteIt(t *testing.T) {
	oped := `Poland should have a seat at the table
Vistula Review
By Tomasz Wierzbicki
2026-01-06

Poland hosts the monitors at Rzeszow. It should also sit at the table where the drafts are written.

Tomasz Wierzbicki was Poland's deputy minister of foreign affairs from 2014 to 2016.
`
	wire := `---
title: Grain ships leave Odesa under escort
outlet: Meridian
author: Anya Brandt
date: 2026-01-07
---

Three grain ships left Odesa on Tuesday under a naval escort, port officials said.
`
	e := engineOfFiles(t, map[string]string{"oped.txt": oped, "wire.md": wire})
	for _, tt := range []struct{ q, author, passage string }{
		{"who wrote the op-ed about the monitors in rzeszow", "Tomasz Wierzbicki", "deputy minister of foreign affairs"},
		{"who wrote the piece on the seat at the table, whats his background", "Tomasz Wierzbicki", "deputy minister of foreign affairs"},
		{"who wrote the meridian story on grain ships", "Anya Brandt", "grain ships left Odesa"},
	} {
		a, err := e.Ask(context.Background(), tt.q, AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Speaker != tt.author || a.AuthorOf == "" || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, tt.passage) {
			t.Errorf("%q: author %q of %q, passages %v; want %s, with %q", tt.q, a.Speaker, a.AuthorOf, firstText(a), tt.author, tt.passage)
		}
	}
}
