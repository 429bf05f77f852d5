package load

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestZZTime20k(t *testing.T) {
	dir := os.Getenv("ZZDIR")
	if dir == "" {
		t.Skip()
	}
	if _, err := os.Stat(dir + "/done"); err != nil {
		files := map[string]string{".gitignore": "*.gen.java\n"}
		for m := range 200 {
			mod := fmt.Sprintf("module-%d", m)
			files[mod+"/pom.xml"] = "<project/>"
			files[mod+"/src/main/resources/flink-conf.yaml"] = ""
			for p := range 7 {
				for c := range 14 {
					files[fmt.Sprintf("%s/src/main/java/com/acme/p%d/C%d.java", mod, p, c)] = "class C {}"
				}
			}
		}
		writeTree(t, dir, files)
		os.WriteFile(dir+"/done", nil, 0o644)
	}
	for range 5 {
		start := time.Now()
		tree, err := Walk([]string{dir}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%d files in %v", len(tree.Files), time.Since(start))
	}
}
