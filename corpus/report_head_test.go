package corpus

import (
	"strings"
	"testing"
)

// A report pasted from a PDF: a running header, the body's name and its
// dates in capitals, then "Prepared by: Name, Title". The credit gives
// the author and is no headline; a line of capitals with a date after
// its comma is no byline ("KARSK BRIDGE EXCHANGE, 12-15 OCTOBER 2084").
func TestReportHeadPreparedBy(t *testing.T) {
	txt := "NHC - Neutral Humanitarian Committee   |   Ref. NHC/TV/2084/117\n" +
		"Karsk Bridge Exchange: Operational Summary   |   Restricted - Parties\n\n" +
		"            NEUTRAL HUMANITARIAN COMMITTEE (NHC)\n" +
		"            Delegation in Tarvesia\n\n" +
		"            KARSK BRIDGE EXCHANGE, 12-15 OCTOBER 2084\n" +
		"            OPERATIONAL SUMMARY\n\n" +
		"            Prepared by: Jonas Virtel, Head of Delegation, Tarvesia\n" +
		"            Date: 16 October 2084\n\n" +
		"1. PURPOSE\n\n" +
		"1.1 This summary records the committee's role as neutral intermediary in the exchange of detainees between Tarvesia and Olmark at the Karsk Bridge over the Velna river.\n"
	d, err := ParseFile("report.txt", []byte(txt), nil)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(d.Title, "Prepared by") {
		t.Errorf("title %q: the credit, not the report's name", d.Title)
	}
	if d.Author != "Jonas Virtel" || d.Date != "2084-10-16" {
		t.Errorf("author %q, date %q; want Jonas Virtel, 2084-10-16", d.Author, d.Date)
	}
}

// A name with where its holder works or writes from after a comma is a
// byline; a name-shaped line in capitals with a date after its comma is
// a report's subject and dates.
func TestNameLineIsNoDate(t *testing.T) {
	for _, c := range []struct {
		line      string
		ok, where bool
	}{
		{"Hanna Weiss, Example Wire", true, true},
		{"Eilidh MacLeod in Brussels", true, true},
		{"KARSK BRIDGE EXCHANGE, 12-15 OCTOBER 2084", false, false},
	} {
		if _, where, ok := nameLine(c.line); ok != c.ok || where != c.where {
			t.Errorf("nameLine(%q) = where %v, ok %v; want %v, %v", c.line, where, ok, c.where, c.ok)
		}
	}
}
