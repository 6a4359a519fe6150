// Checks types and enumerators of one name declared in different blocks of
// an async function whose machine names them (lifted locals of those types):
// in the class the machine derives from they share one scope, so the second
// Node, Color and Red and the third Node are renamed there (Node_2,
// Color_2_1, Red_2, Node_3: the file has a Color_2 of its own), and every
// use follows: in the body, in a template argument, in the type's own
// constructor and destructor, in a lambda the machine keeps and in a macro
// (spelled out where it is used). Comparing with the wrong Red would not
// compile.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#define MAKE_NODE(text) Node::make(text)

asl::RunLoop loop;
int Color_2 = 40;

ASL_ASYNC asl::Task<int> walk() {
  int total = 0;
  {
    struct Node {
      int value;
      int twice() const { return value * 2; }
    };
    enum Color { Red, Green };
    Node n{3};
    Color c = Green;
    co_await loop.schedule();
    std::printf("first: %d %d\n", n.twice(), static_cast<int>(c));
    total += n.value + c;
  }
  {
    struct Node {
      std::string name;
      explicit Node(std::string n) : name(std::move(n)) {
        std::printf("  Node(%s)\n", name.c_str());
      }
      ~Node() { std::printf("  ~Node(%s)\n", name.c_str()); }
      static Node make(const char *text) { return Node(text); }
    };
    enum Color { Blue, Red };
    std::vector<Node> nodes;
    nodes.reserve(2);
    nodes.emplace_back("a");
    Node single = MAKE_NODE("b");
    Color c = Red;
    auto show = [&nodes, c](const Node &extra) {
      Node local("local");
      return static_cast<int>(nodes.size() + extra.name.size()) +
             (c == Red ? 10 : 0);
    };
    co_await loop.schedule();
    std::printf("second: %d %s %d\n", show(single), single.name.c_str(),
                static_cast<int>(c));
    total += static_cast<int>(nodes.size()) + Red + Blue;
  }
  {
    using Node = long;
    Node big = 5;
    co_await loop.schedule();
    std::printf("third: %ld\n", big);
    total += static_cast<int>(big);
  }
  co_return total;
}

int main() {
  std::printf("walk -> %d\n", loop.run([] { return walk(); }) + Color_2);
}
