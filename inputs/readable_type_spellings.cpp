// Types the machine derives (lifted `auto` locals, a range-for's hidden
// range, begin and end, awaiters, values spilled across an await) keep the
// aliases that name them where those are valid at the machine: std::string,
// std::string_view, std::size_t, an alias of a namespace (also one of an
// unnamed namespace of this file), an alias template of the program, a
// member iterator alias of a standard container (`std::vector<int>::
// iterator`, `std::map<std::string, int>::const_iterator`), and a private
// member alias where the machine is a member of its class. An alias local
// to the function, a private alias of another class, one from a template
// parameter's substitution, and a class template's member alias that
// stands for no internal name (`size_type`, `value_type`, Pool's `handle`)
// are spelled as the type they stand for.
#include <asl/task.h>

#include <cstddef>
#include <cstdio>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

asl::Event ev(true);

namespace inv {
using Count = long;
struct Item {
  std::string name;
  Count count;
};
using Items = std::vector<Item>;
template <class T> using Vec = std::vector<T>;

inline Count total(const Items &items) {
  Count sum = 0;
  for (const Item &item : items)
    sum += item.count;
  return sum;
}
} // namespace inv

template <class T> struct Pool {
  using handle = std::size_t;
  handle add(T value) {
    values.push_back(std::move(value));
    return values.size() - 1;
  }
  std::vector<T> values;
};

static std::string greet(std::string_view who) {
  return "hi " + std::string(who);
}

ASL_ASYNC asl::Task<std::string> fetch(std::string what) {
  co_await ev;
  co_return what + "!";
}

ASL_ASYNC asl::Task<long> containers() {
  std::vector<int> v{1, 2, 3};
  const std::vector<int> cv{4, 5};
  std::map<std::string, int> m{{"a", 1}, {"b", 2}};
  std::unordered_map<std::string, int> um{{"u", 7}};
  std::deque<double> dq{0.5, 1.5};
  auto it = v.begin();
  auto cit = cv.cbegin();
  auto rit = v.rbegin();
  auto mit = m.find("b");
  auto cmit = std::as_const(m).begin();
  auto uit = um.find("u");
  auto dit = dq.end();
  auto n = v.size();
  auto s = greet("ann");
  auto view = std::string_view(s);
  co_await ev;
  std::printf("%d %d %d %s=%d %s %s=%d %g %zu %s %zu\n", *it, *cit, *rit,
              mit->first.c_str(), mit->second, cmit->first.c_str(),
              uit->first.c_str(), uit->second, *(dit - 1), n, s.c_str(),
              view.size());
  co_return static_cast<long>(n) + mit->second;
}

ASL_ASYNC asl::Task<int> loops(std::vector<std::string> names,
                               std::map<std::string, int> ages) {
  int sum = 0;
  for (const auto &name : names) {
    co_await ev;
    sum += static_cast<int>(name.size());
  }
  for (auto &[name, age] : ages) {
    co_await ev;
    sum += age + static_cast<int>(name.size());
  }
  // The awaiter of a Task<std::string>, and a size spilled across an await.
  auto said = co_await fetch("hey");
  sum += static_cast<int>(names.size() + (co_await fetch("x")).size());
  co_return sum + static_cast<int>(said.size());
}

ASL_ASYNC asl::Task<long> aliases(inv::Items items, Pool<std::string> &pool) {
  auto count = inv::total(items);
  auto first = items.front();
  auto last = items.end();
  inv::Vec<std::string> words{"x", "yy"};
  auto w = words.back();
  auto h = pool.add("p");
  auto sized = pool.values.size();
  typedef std::pair<int, std::string> Local;
  Local local{1, "one"};
  auto copy = local;
  co_await ev;
  std::printf("%ld %s %ld %s %zu %zu %d %s\n", count, first.name.c_str(),
              (last - 1)->count, w.c_str(), h, sized, copy.first,
              copy.second.c_str());
  co_return count + static_cast<long>(h);
}

class Ledger {
  using Entry = std::pair<std::string, int>;
  using Entries = std::vector<Entry>;
  Entries entries_{{"rent", 5}, {"food", 3}};

public:
  ASL_ASYNC asl::Task<int> sum() {
    auto all = entries_;
    auto first = entries_.front();
    auto at = entries_.begin();
    co_await ev;
    co_return first.second + at->second + static_cast<int>(all.size());
  }
};

// Key is private: Vault's own member keeps `Vault::Key`, a function of
// the namespace spells it `std::string`.
class Vault {
  using Key = std::string;
  Key key_ = "k1";

public:
  Key key() const { return key_; }
  ASL_ASYNC asl::Task<int> own() {
    auto k = key();
    co_await ev;
    co_return static_cast<int>(k.size());
  }
};

namespace {
using Score = int;
Score best() { return 9; }
} // namespace

ASL_ASYNC asl::Task<int> outside(const Vault &vault) {
  auto k = vault.key();
  auto score = best();
  co_await ev;
  co_return static_cast<int>(k.size()) + score;
}

template <class C> ASL_ASYNC asl::Task<int> walk(C c) {
  auto it = c.begin();
  auto n = c.size();
  using Elem = typename C::value_type;
  Elem e = *it;
  auto copy = e;
  co_await ev;
  int sum = static_cast<int>(n);
  for (auto x : c) {
    co_await ev;
    sum += static_cast<int>(x.size());
  }
  co_return sum + static_cast<int>(copy.size());
}

int main() {
  std::printf("containers %ld\n", asl::sync_wait(containers()));
  std::printf("loops %d\n", asl::sync_wait(loops({"ab", "c"}, {{"d", 4}})));
  Pool<std::string> pool;
  pool.add("zero");
  std::printf("aliases %ld\n",
              asl::sync_wait(aliases({{"bolt", 3}, {"nut", 4}}, pool)));
  Ledger ledger;
  std::printf("sum %d\n", asl::sync_wait(ledger.sum()));
  Vault vault;
  std::printf("own %d\n", asl::sync_wait(vault.own()));
  std::printf("outside %d\n", asl::sync_wait(outside(vault)));
  std::printf("walk %d\n",
              asl::sync_wait(walk(std::vector<std::string>{"a", "bcd"})));
}
