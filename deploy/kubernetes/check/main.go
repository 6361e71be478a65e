// Command check decodes the Kubernetes manifests strictly into the
// Kubernetes API types, so that a misspelt or misplaced field, or a value
// of the wrong type, is an error rather than something the API server
// drops or refuses at apply time. It needs no cluster:
//
//	cd deploy/kubernetes/check && go run . ../*.yaml
//
// It is a module of its own so that the Kubernetes API modules stay out
// of talksbot's go.mod. cmd/talksbot's TestKubernetesManifests checks how
// the objects hang together.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	"sigs.k8s.io/yaml"
)

func main() {
	bad := 0
	for _, f := range os.Args[1:] {
		b, _ := os.ReadFile(f)
		for i, doc := range bytes.Split(b, []byte("\n---\n")) {
			var meta struct{ Kind string }
			if err := yaml.Unmarshal(doc, &meta); err != nil {
				fmt.Println(f, i, err)
				bad++
				continue
			}
			var obj any
			switch meta.Kind {
			case "Deployment":
				obj = &appsv1.Deployment{}
			case "StatefulSet":
				obj = &appsv1.StatefulSet{}
			case "Service":
				obj = &corev1.Service{}
			case "ConfigMap":
				obj = &corev1.ConfigMap{}
			case "PersistentVolumeClaim":
				obj = &corev1.PersistentVolumeClaim{}
			case "PodDisruptionBudget":
				obj = &policyv1.PodDisruptionBudget{}
			default:
				if strings.TrimSpace(string(doc)) != "" {
					fmt.Println(f, i, "kind", meta.Kind, "not checked")
				}
				continue
			}
			if err := yaml.UnmarshalStrict(doc, obj); err != nil {
				fmt.Println("FAIL", f, meta.Kind, err)
				bad++
			} else {
				fmt.Println("ok  ", f, meta.Kind)
			}
		}
	}
	os.Exit(bad)
}
