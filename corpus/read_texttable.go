package corpus

import "strings"

// A plain-text table, as fact sheets and reports pasted from a word
// processor set one:
//
//	Item                                          Figure
//	--------------------------------------------  ---------------
//	Length of the Dnipro belt                     240 km
//	  of which Russian contribution               USD 1.4 billion
//
// Its rows are data, not short lines of furniture: each is read as an
// item of a list, its cells after their column's heading, as a Markdown
// table's are (tableItems).

// textTable finds a table starting at raw[i]: a heading of up to three
// lines ("Households" over "surveyed"), a rule of dashes in columns under
// it, and the rows below up to a blank line or a line that is no row (a
// rule among them, over a total, is passed over). It returns the table's
// items and the number of raw lines it spans; n is 0 when no table
// starts at i.
func textTable(raw []string, i int) (items []string, n int) {
	k := i + 1 // the rule
	for k < len(raw) && k <= i+maxHeadingLines && ruleColumns(raw[k]) == nil {
		if strings.TrimSpace(raw[k]) == "" {
			return nil, 0
		}
		k++
	}
	if k >= len(raw) || k > i+maxHeadingLines || strings.TrimSpace(raw[i]) == "" {
		return nil, 0
	}
	cols := ruleColumns(raw[k])
	head := make([]string, len(cols))
	for h := i; h < k; h++ {
		c := cells(raw[h], cols, h > i)
		if c == nil {
			return nil, 0
		}
		for j := range head {
			head[j] = strings.TrimSpace(head[j] + " " + c[j])
		}
	}
	var rows [][]string
	end := k + 1
	for ; end < len(raw); end++ {
		if ruleColumns(raw[end]) != nil {
			continue // "--------  ----" over the total
		}
		r := cells(raw[end], cols, false)
		if r == nil {
			break
		}
		rows = append(rows, r)
	}
	if len(rows) == 0 {
		return nil, 0
	}
	return tableItems(head, rows), end - i
}

// maxHeadingLines bounds the lines of a plain-text table's heading.
const maxHeadingLines = 3

// ruleColumns are the columns a table's rule line marks, as ranges
// [start, end) of its runs of dashes ("-----  -----"), in characters
// (a table is aligned so, whatever bytes a name's letters take); nil
// when the line is no rule of two columns or more.
func ruleColumns(s string) [][2]int {
	s = strings.TrimRight(s, " \t\r")
	if strings.Trim(s, "-=+| ") != "" || strings.Count(s, "-")+strings.Count(s, "=") < 6 {
		return nil
	}
	var cols [][2]int
	start := -1
	for i := 0; i <= len(s); i++ { // the rule is ASCII: bytes are characters
		dash := i < len(s) && (s[i] == '-' || s[i] == '=')
		switch {
		case dash && start < 0:
			start = i
		case !dash && start >= 0:
			if i-start >= 2 {
				cols = append(cols, [2]int{start, i})
			}
			start = -1
		}
	}
	if len(cols) < 2 {
		return nil
	}
	return cols
}

// cells cuts a table line into its columns' cells: each column's text
// from its start to the next column's start, in characters. Nil for a
// blank line, or a line with text across a column's start (no row of
// this table), or one whose first cell is empty unless emptyFirst (a
// heading's second line: "                surveyed     (%)").
func cells(line string, cols [][2]int, emptyFirst bool) []string {
	s := []rune(strings.TrimRight(line, " \t\r"))
	if strings.TrimSpace(string(s)) == "" {
		return nil
	}
	out := make([]string, len(cols))
	for k, c := range cols {
		if c[0] >= len(s) {
			break
		}
		if k > 0 && c[0] > 0 && s[c[0]-1] != ' ' {
			return nil // a word runs across the column's edge
		}
		end := len(s)
		if k+1 < len(cols) {
			end = min(end, cols[k+1][0])
		}
		out[k] = strings.TrimSpace(string(s[c[0]:end]))
	}
	if out[0] == "" && !emptyFirst {
		return nil
	}
	return out
}
