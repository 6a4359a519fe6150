// Template parameters named like the members of the state machine the
// runtime calls (`builder_`, `move_next`, `relocatable`): a specialization's
// machine declares each template parameter as a member, which would
// redeclare the machine's own, so there they are named `builder_param`,
// `move_next_param`, `relocatable_param`, and so is every use in the body:
// in types, expressions, template arguments, decltype, sizeof and lambdas,
// in function templates, in coroutine lambdas inside them (whose machine,
// inside the function's, finds the function's parameter by the same new
// name) and in class templates' async members and member templates.
#include <asl/task.h>

#include <array>
#include <cstdio>

asl::Event ready;

template <class builder_, int move_next>
ASL_ASYNC asl::Task<int> fill(builder_ first) {
  std::array<builder_, move_next> items{};
  builder_ next = first;
  co_await ready;
  for (builder_ &item : items)
    item = next++;
  decltype(move_next) count = move_next;
  auto twice = [](builder_ v, int times = move_next) {
    return static_cast<builder_>(v * times);
  };
  co_return static_cast<int>(items[move_next - 1] + twice(count) +
                             sizeof(builder_));
}

template <class builder_> ASL_ASYNC asl::Task<int> nested(builder_ x) {
  auto inner = [x]() -> asl::Task<int> {
    builder_ y = x;
    co_await ready;
    co_return static_cast<int>(y + sizeof(builder_));
  };
  co_await ready;
  co_return co_await inner();
}

template <class relocatable> struct Box {
  relocatable value;
  ASL_ASYNC asl::Task<relocatable> doubled() {
    relocatable copy = value;
    co_await ready;
    co_return copy + relocatable(value);
  }
  template <class move_next> ASL_ASYNC asl::Task<int> plus(move_next by) {
    co_await ready;
    co_return static_cast<int>(value + static_cast<relocatable>(by));
  }
};

int main() {
  asl::Task<int> a = fill<long, 3>(10);
  Box<int> box{21};
  asl::Task<int> b = box.doubled();
  asl::Task<int> c = nested(short{3});
  asl::Task<int> d = box.plus(1.5);
  ready.set();
  std::printf("fill %d\n", asl::sync_wait(std::move(a)));
  std::printf("doubled %d\n", asl::sync_wait(std::move(b)));
  std::printf("nested %d plus %d\n", asl::sync_wait(std::move(c)),
              asl::sync_wait(std::move(d)));
}
