package config

import "strings"

// suggest returns the valid name closest to an unknown one, or "" when
// none is close enough to be a plausible typo.
func suggest(unknown string, valid []string) string {
	best, bestDist := "", -1
	leaf := unknown[strings.LastIndex(unknown, ".")+1:]
	for _, v := range valid {
		// "token" at the top level most likely means discord.token.
		if v[strings.LastIndex(v, ".")+1:] == leaf {
			return v
		}
		if d := distance(unknown, v); bestDist < 0 || d < bestDist {
			best, bestDist = v, d
		}
	}
	if bestDist >= 0 && bestDist <= max(2, len(unknown)/3) {
		return best
	}
	return ""
}

// didYouMean formats a suggestion for an error message.
func didYouMean(unknown string, valid []string) string {
	if s := suggest(unknown, valid); s != "" {
		return " (did you mean " + s + "?)"
	}
	return ""
}

// distance is the Levenshtein edit distance between a and b.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
