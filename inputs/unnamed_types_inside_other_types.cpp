// Unnamed classes and enumerations reached through a template argument, a
// pointer to a pointer, an array, or a member of another unnamed class, in
// locals living across awaits: the machine spells each unnamed type
// through decltype of a name declared with it (or an alias), wherever it
// appears in the type (`std::pair<decltype(::config), int>`), taking off
// the arrays, pointers, references and cv-qualifiers of that name's type
// where it has them. Its scope may be a class template's specialization,
// or a namespace-scope anonymous union.
#include <asl/task.h>

#include <cstdio>
#include <type_traits>
#include <utility>
#include <vector>

asl::Event ev(true);

static struct {
  int retries;
} config = {3};

enum { kRed, kBlue };

static struct {
  int weight;
} crates[2] = {{5}, {6}};

static const struct {
  int limit;
} quota = {9};

static struct {
  struct {
    int x, y;
  } origin;
} layout = {{1, 2}};

namespace {
struct {
  int level;
} *current = nullptr;
}

static struct {
  int id;
} *slots[2] = {nullptr, nullptr};

typedef struct {
  int fd;
} *Handle;

template <class T> struct Holder {
  struct {
    T value;
  } inner;
};

static union {
  struct {
    int r;
  } nested;
  int raw;
};

ASL_ASYNC asl::Task<int> run() {
  auto both = std::make_pair(config, 1);
  std::vector<decltype(kRed)> colors{kRed, kBlue, kBlue};
  auto *crate = &crates[1];
  auto **to_crate = &crate;
  auto limits = std::make_pair(quota, quota);
  auto origin = layout.origin;
  auto copies = std::vector<decltype(layout.origin)>(2, layout.origin);
  auto level = current;
  auto slot = std::make_pair(slots[0], 2);
  Handle handle = nullptr;
  auto handles = std::vector<std::remove_pointer_t<Handle>>(3);
  Holder<int> holder{{8}};
  auto held = holder.inner;
  nested.r = 20;
  auto inside = std::make_pair(nested, 0);
  co_await ev;
  co_return both.first.retries + both.second + static_cast<int>(colors.size()) +
      (*to_crate)->weight + limits.second.limit + origin.y + copies[1].x +
      (level == nullptr ? 100 : 0) + (slot.first == nullptr ? slot.second : 0) +
      static_cast<int>(handles.size()) + (handle == nullptr ? 1 : 0) +
      held.value + inside.first.r;
}

int main() { std::printf("r %d\n", asl::sync_wait(run())); }
