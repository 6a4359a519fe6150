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

// The types that walk() declares, moved out of its body, and functions making
// the lambdas whose closures its machine keeps (C++17 names a closure type only
// as what a function returns).
struct walk_locals {
  struct Node {
    int value;
    int twice() const { return value * 2; }
  };
  enum Color { Red, Green };
  struct Node_2 {
    std::string name;
    explicit Node_2(std::string n) : name(std::move(n)) {
      std::printf("  Node(%s)\n", name.c_str());
    }
    ~Node_2() { std::printf("  ~Node(%s)\n", name.c_str()); }
    static Node_2 make(const char *text) { return Node_2(text); }
  };
  enum Color_2_1 { Blue, Red_2 };
  using Node_3 = long;
  // The lambda on line 52, built at where.
  static auto *show_lambda(void *where, std::vector<Node_2> &nodes,
                           Color_2_1 &c) {
    return ::new (where) auto([&nodes, c](const Node_2 &extra) {
      Node_2 local("local");
      return static_cast<int>(nodes.size() + extra.name.size()) +
             (c == Red_2 ? 10 : 0);
    });
  }
};

// The state machine of walk(), line 23. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct walk_machine : walk_locals {
  using show_closure = std::remove_pointer_t<decltype(show_lambda(
      nullptr, std::declval<std::vector<Node_2> &>(),
      std::declval<Color_2_1 &>()))>;

  walk_machine() {}
  ~walk_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'n' may be kept (line
  // 34).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<Node_2> nodes;
  };
  union {
    Node_2 single;
  };
  union {
    show_closure show;
  };
  long big;
  union {
    asl::RunLoop::schedule_awaiter awaiter0_;
    asl::RunLoop::schedule_awaiter awaiter1_;
    asl::RunLoop::schedule_awaiter awaiter2_;
  };
  int total;
  union {
    Node n;
  };
  Color c1;
  Color_2_1 c2;
  int state_ = -1;
  bool nodes_live_ = false;
  bool single_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(single, single_live_);
    asl::destroy(nodes, nodes_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> walk() { return asl::start<walk_machine>(); }

inline void walk_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    default:
      break;
    }
    {
      total = 0;

      {
        ::new (asl::place(n)) Node{3};

        c1 = Green;

        // co_await loop.schedule() (line 33)
        ::new (asl::place(awaiter0_))
            asl::RunLoop::schedule_awaiter(loop.schedule());
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter0_.await_resume();

        std::printf("first: %d %d\n", n.twice(), static_cast<int>(c1));
        total += n.value + c1;
      }
      {
        ::new (asl::place(nodes)) std::vector<Node_2>;
        nodes_live_ = true;

        nodes.reserve(2);
        nodes.emplace_back("a");
        ::new (asl::place(single)) Node_2(Node_2::make("b"));
        single_live_ = true;

        c2 = Red_2;

        show_lambda(asl::place(show), nodes, c2);

        // co_await loop.schedule() (line 57)
        ::new (asl::place(awaiter1_))
            asl::RunLoop::schedule_awaiter(loop.schedule());
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          unwind_.release();
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter1_.await_resume();

        std::printf("second: %d %s %d\n", show(single), single.name.c_str(),
                    static_cast<int>(c2));
        total += static_cast<int>(nodes.size()) + Red_2 + Blue;
        asl::destroy(single, single_live_);
        asl::destroy(nodes, nodes_live_);
      }
      {
        big = 5;

        // co_await loop.schedule() (line 65)
        ::new (asl::place(awaiter2_))
            asl::RunLoop::schedule_awaiter(loop.schedule());
        if (!awaiter2_.await_ready()) {
          state_ = 2;
          builder_.await_on_completed(awaiter2_, *this);
          unwind_.release();
          return;
        resume2_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter2_.await_resume();

        std::printf("third: %ld\n", big);
        total += static_cast<int>(big);
      }
      builder_.set_result(std::move(total));
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() {
  std::printf("walk -> %d\n", loop.run([] { return walk(); }) + Color_2);
}
