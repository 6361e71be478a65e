package index

import (
	"fmt"
	"slices"

	"github.com/blevesearch/bleve/v2"
	bindex "github.com/blevesearch/bleve_index_api"
)

// apply changes the cloned index in path: one batch deletes the records
// of the documents read again (and of those removed) and adds their new
// ones. It returns the side data of the updated index.
func (u *folderUpdate) apply(path string) (*sideData, error) {
	if err := registerLemmaFilter(); err != nil {
		return nil, fmt.Errorf("index: lemma filter: %w", err)
	}
	idx, err := bleve.OpenUsing(path, map[string]interface{}{
		"bolt_timeout":           lockWait,
		"scorchMergePlanOptions": map[string]interface{}{"MaxSegmentSize": mergeLimit},
	})
	if err != nil {
		return nil, fmt.Errorf("index: update: open: %w", err)
	}
	side, err := u.applyTo(idx)
	if cerr := idx.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("index: update: close: %w", cerr)
	}
	if err != nil {
		return nil, err
	}
	if err := pruneSegments(path); err != nil {
		return nil, err
	}
	return side, nil
}

func (u *folderUpdate) applyTo(idx bleve.Index) (*sideData, error) {
	an := idx.Mapping().AnalyzerNamed(analyzerName)
	if an == nil {
		return nil, fmt.Errorf("index: analyzer %q missing", analyzerName)
	}
	// The terms the batch may add or take from each field: those of the
	// records it deletes, read before, and of those it adds.
	cand := map[string]map[string]bool{}
	addTerms := func(field, text string, analysed bool) {
		if cand[field] == nil {
			cand[field] = map[string]bool{}
		}
		if !analysed {
			cand[field][text] = true // a keyword, even "", is one term
			return
		}
		for _, tok := range an.Analyze([]byte(text)) {
			cand[field][string(tok.Term)] = true
		}
	}
	lower := lowerCounts{}
	if old, err := readLower(u.cur); err == nil {
		lower = old
	} else {
		return nil, fmt.Errorf("%w: %v", errFullRebuild, err)
	}
	batch := idx.NewBatch()
	deleted, added := 0, 0
	// What is deleted: every record of the documents read again and of
	// those removed, unless a document read again is the same as before.
	gone, err := u.gone()
	if err != nil {
		return nil, err
	}
	same := map[string]bool{}
	for _, old := range gone {
		if doc := u.docs[old.Path]; doc != nil && docHash(doc) == u.oldDocs.hashOf(old.Path) {
			same[old.Path] = true // touched, read again, the same
			continue
		}
		var texts []string
		title := ""
		for _, id := range old.recordIDs() {
			b, err := readStored(idx, id)
			if err != nil {
				return nil, fmt.Errorf("%w: %v", errFullRebuild, err)
			}
			if id[0] == 'p' {
				r, err := decodePassage(b)
				if err != nil {
					return nil, err
				}
				addTerms(fieldText, r.text, true)
				addTerms(fieldSection, r.headed(), true)
				texts, title = append(texts, r.text), r.src.Title
			} else {
				r, err := decodeQuote(b)
				if err != nil {
					return nil, err
				}
				addTerms(fieldQuote, r.quote.Text, true)
				addTerms(fieldContext, r.context, true)
				addTerms(fieldBefore, r.before, true)
				addTerms(fieldSpeakerKey, speakerKey(r.quote), false)
			}
			batch.Delete(id)
			deleted++
		}
		lower.addDoc(title, texts, -1)
	}
	paths := make([]string, 0, len(u.docs))
	for p := range u.docs {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	for _, p := range paths {
		if same[p] {
			continue
		}
		doc := u.docs[p]
		recs := recordsOf(doc)
		var texts []string
		for i := range recs.passages {
			r := &recs.passages[i]
			if err := batch.Index(passageKey(doc.ID, r.src.Paragraph, i), passageDoc(r)); err != nil {
				return nil, fmt.Errorf("index: %s passage %d: %w", doc.ID, i, err)
			}
			addTerms(fieldText, r.text, true)
			addTerms(fieldSection, r.headed(), true)
			texts = append(texts, r.text)
			added++
		}
		for j := range recs.quotes {
			q := &recs.quotes[j]
			if err := batch.Index(quoteKey(doc.ID, q.quote.Source.Paragraph, j), quoteDoc(q)); err != nil {
				return nil, fmt.Errorf("index: %s quote %d: %w", doc.ID, j, err)
			}
			addTerms(fieldQuote, q.quote.Text, true)
			addTerms(fieldContext, q.context, true)
			addTerms(fieldBefore, q.before, true)
			addTerms(fieldSpeakerKey, speakerKey(q.quote), false)
			added++
		}
		lower.addDoc(doc.Title, texts, 1)
	}
	if u.progress != nil {
		u.progress(Progress{Phase: "indexing", Done: 0, Total: added})
	}
	before := map[string]map[string]int{}
	for f, ts := range cand {
		before[f] = map[string]int{}
		for t := range ts {
			before[f][t] = termCount(idx, f, t)
		}
	}
	if batch.Size() > 0 {
		if err := u.ctx.Err(); err != nil {
			return nil, err
		}
		if err := idx.Batch(batch); err != nil {
			return nil, fmt.Errorf("index: update: batch: %w", err)
		}
	}
	if u.progress != nil {
		u.progress(Progress{Phase: "indexing", Done: added, Total: added})
	}
	d := u.data
	d.DocCount += added - deleted
	d.Deleted += deleted
	card := make(map[string]int, len(d.Cardinality))
	for f, n := range d.Cardinality {
		card[f] = n
	}
	ghosts := map[string]bool{}
	for _, g := range d.Ghosts {
		ghosts[g] = true
	}
	for f, ts := range cand {
		for t := range ts {
			b, a := before[f][t], termCount(idx, f, t)
			switch {
			case b == 0 && a > 0:
				card[f]++
			case b > 0 && a == 0:
				card[f]--
			}
			if f == fieldText {
				switch {
				case a > 0:
					delete(ghosts, t)
				case b > 0:
					ghosts[t] = true
				}
			}
		}
	}
	d.Cardinality = card
	d.Ghosts = d.Ghosts[:0]
	for g := range ghosts {
		d.Ghosts = append(d.Ghosts, g)
	}
	slices.Sort(d.Ghosts)
	return u.sideData(lower)
}

// gone are the current entries, loaded, of the documents read again and
// of those removed, in path order.
func (u *folderUpdate) gone() ([]*rawEntry, error) {
	var out []*rawEntry
	for _, p := range u.changedPaths() {
		old := u.oldEntry(p)
		if old == nil || old.Skip != "" {
			continue
		}
		if err := old.load(u.rawTable); err != nil {
			return nil, fmt.Errorf("%w: %v", errFullRebuild, err)
		}
		out = append(out, old)
	}
	slices.SortFunc(out, func(a, b *rawEntry) int { return cmpString(a.Path, b.Path) })
	return out, nil
}

// readStored reads the stored record of a bleve document.
func readStored(idx bleve.Index, id string) ([]byte, error) {
	doc, err := idx.Document(id)
	if err != nil {
		return nil, fmt.Errorf("index: read %q: %w", id, err)
	}
	if doc == nil {
		return nil, fmt.Errorf("index: read %q: %w", id, errCorrupt)
	}
	var b []byte
	doc.VisitFields(func(f bindex.Field) {
		if f.Name() == fieldRec {
			b = f.Value()
		}
	})
	if b == nil {
		return nil, fmt.Errorf("index: read %q: %w", id, errCorrupt)
	}
	return b, nil
}
