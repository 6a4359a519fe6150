// Nodes linked into an intrusive list before the first suspension, walked
// after it: linked by a member of the node, by the list's member taking
// the node by reference, by a free operator+=, through a pointer member
// assigned from a member call, nodes in a lifted array and in a lifted
// std::array; the list's head itself lifted and linked to a global.
#include <asl/task.h>
#include <cstdio>
#include <deque>
#include <functional>

static std::deque<asl::Event *> waiting;
static std::deque<std::function<void()>> resumers;

// Awaiting a task does not usually suspend, so a machine awaiting later()
// may start on the stack and move at its first suspension.
ASL_ASYNC asl::Task<int> later(int v) {
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}

// Suspends until run() resumes it.
struct Later {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    resumers.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};

static int scribbled = 0;
static void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
  scribbled += junk[100];
}

static void pump() {
  scribble();
  while (!waiting.empty() || !resumers.empty()) {
    if (!waiting.empty()) {
      asl::Event *e = waiting.front();
      waiting.pop_front();
      e->set();
    } else {
      std::function<void()> resume = std::move(resumers.front());
      resumers.pop_front();
      resume();
    }
    scribble();
  }
}

static void run(const char *name, asl::Task<int> (*make)()) {
  asl::Task<int> t = make();
  pump();
  std::printf("%s %d\n", name, asl::sync_wait(std::move(t)));
}

#include <array>
struct Node {
  int v;
  Node *next;
  void link_into(Node *&head) {
    next = head;
    head = this;
  }
};
struct List {
  Node *head;
  void push(Node &n) {
    n.next = head;
    head = &n;
  }
};
static List g_list{nullptr};
static List &operator+=(List &l, Node &n) {
  l.push(n);
  return l;
}
static int walk(const List &l) {
  int s = 0;
  for (Node *n = l.head; n; n = n->next)
    s = s * 10 + n->v;
  return s;
}
static List *g_local_list = nullptr;

ASL_ASYNC asl::Task<int> member_link() {
  g_list.head = nullptr;
  Node a{1, nullptr}, b{2, nullptr};
  a.link_into(g_list.head);
  b.link_into(g_list.head);
  co_await later(0);
  a.v = 5;
  co_return walk(g_list);
}
ASL_ASYNC asl::Task<int> list_member_push() {
  g_list.head = nullptr;
  Node a{3, nullptr};
  g_list.push(a);
  co_await later(0);
  a.v = 6;
  co_return walk(g_list);
}
ASL_ASYNC asl::Task<int> free_operator() {
  g_list.head = nullptr;
  Node a{4, nullptr}, b{7, nullptr};
  (g_list += a) += b;
  co_await later(0);
  b.v = 8;
  co_return walk(g_list);
}
ASL_ASYNC asl::Task<int> array_of_nodes() {
  g_list.head = nullptr;
  Node ns[3] = {{1, nullptr}, {2, nullptr}, {3, nullptr}};
  for (Node &n : ns)
    g_list.push(n);
  co_await later(0);
  ns[1].v = 9;
  co_return walk(g_list);
}
ASL_ASYNC asl::Task<int> std_array_of_nodes() {
  g_list.head = nullptr;
  std::array<Node, 2> ns{{{4, nullptr}, {5, nullptr}}};
  for (auto &n : ns)
    g_list += n;
  co_await later(0);
  ns[0].v = 6;
  co_return walk(g_list);
}
ASL_ASYNC asl::Task<int> lifted_head() {
  List l{nullptr};
  Node a{7, nullptr};
  l.push(a);
  g_local_list = &l;
  co_await later(0);
  a.v = 8;
  co_return walk(*g_local_list);
}

int main() {
  run("member_link", member_link);
  run("list_member_push", list_member_push);
  run("free_operator", free_operator);
  run("array_of_nodes", array_of_nodes);
  run("std_array_of_nodes", std_array_of_nodes);
  run("lifted_head", lifted_head);
}
