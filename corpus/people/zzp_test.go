package people

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// ZZT="para1|para2" go test -run TestZZP
func TestZZP(t *testing.T) {
	src := os.Getenv("ZZT")
	if src == "" {
		t.Skip()
	}
	got, d := analyse(paras(strings.Split(src, "|")...))
	for _, q := range got {
		fmt.Printf("QUOTE %q speaker=%q role=%q reported=%v\n", q.Text, q.Speaker, q.Role, q.Reported)
	}
	for _, p := range d.People(nil) {
		fmt.Printf("PERSON %q roles=%v age=%d aliases=%q\n", p.Name, p.Roles, p.Age, p.Aliases)
	}
}
