package config

import (
	"strings"

	"github.com/agnivade/levenshtein"
)

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
		if d := levenshtein.ComputeDistance(unknown, v); bestDist < 0 || d < bestDist {
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
