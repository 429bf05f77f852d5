package scan

import (
	"context"
	"slices"
	"testing"

	"github.com/flinklint/flinklint/parser"
)

// TestKeepBodies: in a file a job likely enters, the driver keeps the
// bodies of what the job's interpretation enters (the entry point, the
// constructors, the methods that create an environment or take or return
// streams) and drops the rest, such as a function's processing methods;
// a file no job enters keeps nothing; the budget is honoured.
func TestKeepBodies(t *testing.T) {
	job := []byte(`package p;
public class OrdersJob {
  private final String topic;
  public OrdersJob(String topic) { this.topic = topic; }
  public static void main(String[] args) throws Exception { new OrdersJob(args[0]).run(); }
  void run() throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    enrich(env.fromSource(null, null, "orders")).print();
    env.execute("orders");
  }
  static DataStream<String> enrich(DataStream<String> in) { return in.map(s -> s.trim()); }
  static String describe() { return "orders"; }
  static class Dedup extends KeyedProcessFunction<String, String, String> {
    public void processElement(String v, Context ctx, Collector<String> out) { out.collect(v); }
  }
}`)
	dto := []byte(`package p;
public class Order {
  private final String id;
  public Order(String id) { this.id = id; }
  public static void main(String[] args) { System.out.println(new Order("x").id); }
}`)
	ps := parser.NewParser()
	defer ps.Close()
	kept := func(st *parsing, src []byte) []string {
		f, err := ps.Parse(context.Background(), "X.java", src)
		if err != nil {
			t.Fatal(err)
		}
		f.DropBodiesExcept(st.keepBodies(f, src))
		var out []string
		f.EachType(func(td *parser.TypeDecl) {
			for _, m := range td.Methods {
				if m.Body != nil {
					out = append(out, td.Name+"."+m.Name)
				}
			}
		})
		return out
	}
	st := &parsing{}
	st.keepLeft.Store(1 << 20)
	want := []string{"OrdersJob.OrdersJob", "OrdersJob.main", "OrdersJob.run", "OrdersJob.enrich"}
	if got := kept(st, job); !slices.Equal(got, want) {
		t.Errorf("job file keeps %q, want %q", got, want)
	}
	if got := kept(st, dto); len(got) != 0 {
		t.Errorf("a file no job enters keeps %q", got)
	}
	st = &parsing{}
	st.keepLeft.Store(200) // room for the constructor and main, not run
	if got := kept(st, job); !slices.Equal(got, want[:2]) {
		t.Errorf("with 200 bytes, the job file keeps %q, want %q", got, want[:2])
	}
	if got := kept(&parsing{keepNone: true}, job); len(got) != 0 {
		t.Errorf("keeping none keeps %q", got)
	}
	if got := kept(&parsing{keepAll: true}, dto); len(got) != 2 {
		t.Errorf("keeping all keeps %q", got)
	}
}
