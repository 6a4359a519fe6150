// A temporary of the program's own class given by reference to a generic
// function of the standard library (std::visit, std::invoke, std::apply,
// std::mem_fn's call, a std::bind object's call) is called by it: here its
// operator() is an async member, whose task keeps `this`, the temporary's
// address, which the machine keeps in a field to the end of the
// full-expression. The machine stays in its heap box from the start, so
// that address stays valid when the callee resumes. Before, the machine
// started on the stack and moved at its first suspension, and the callee
// read the temporary's dead stack copy (the stack is overwritten here
// before anything resumes).
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <tuple>
#include <utility>
#include <variant>

asl::Event go;

struct Visitor {
  int k;
  ASL_ASYNC asl::Task<int> operator()(int x) {
    co_await go;
    co_return k + x;
  }
};

// Writes over the stack the callers' machines may have started on.
int scribbled = 0;
void scribble() {
  volatile char junk[8192];
  for (auto &c : junk)
    c = 0x55;
  scribbled += junk[100];
}

ASL_ASYNC asl::Task<int> by_visit(const std::variant<int> &v) {
  co_return co_await std::visit(Visitor{5}, v);
}

ASL_ASYNC asl::Task<int> by_invoke() {
  co_return co_await std::invoke(Visitor{6}, 2);
}

ASL_ASYNC asl::Task<int> by_apply() {
  co_return co_await std::apply(Visitor{7}, std::tuple<int>(3));
}

ASL_ASYNC asl::Task<int> by_mem_fn() {
  co_return co_await std::mem_fn(&Visitor::operator())(Visitor{8}, 4);
}

ASL_ASYNC asl::Task<int> by_bind() {
  co_return co_await std::bind(Visitor{9}, 5)();
}

ASL_ASYNC asl::Task<int> in_a_pair() {
  auto call = [](auto &&pair) { return pair.first(pair.second); };
  co_return co_await std::invoke(call, std::pair<Visitor, int>{{10}, 6});
}

int main() {
  std::variant<int> v = 2;
  asl::Task<int> tasks[] = {by_visit(v), by_invoke(), by_apply(),
                            by_mem_fn(), by_bind(), in_a_pair()};
  scribble();
  go.set();
  for (asl::Task<int> &t : tasks)
    std::printf("%d\n", asl::sync_wait(std::move(t)));
}
