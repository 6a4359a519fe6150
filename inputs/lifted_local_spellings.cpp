// Locals that live across awaits, declared with types the machine, outside
// the function, cannot spell as written: aliases declared in the function
// (`using`, `typedef`), `decltype(this)` and `decltype` of a local; their
// fields spell what those stand for, and the aliases stay in the body,
// marked [[maybe_unused]] where the declaration was their only use. Also a
// char array initialized from a string literal, copied into its field.
#include <asl/task.h>

#include <cstdio>
#include <map>
#include <vector>

asl::Event ready;

struct Counter {
  int base = 40;

  ASL_ASYNC asl::Task<int> total() const {
    using Values = std::vector<int>;
    typedef std::map<int, Values> Table;
    Values values{1, 2};
    Table table;
    decltype(this) self = this;
    decltype(values) copy = values;
    char word[] = "tea";
    char padded[8] = "cup";
    co_await ready;
    table[1] = values;
    copy.push_back(3);
    word[0] = 'p';
    std::printf("%s %s %zu %zu %d\n", word, padded, table[1].size(),
                copy.size(), self->base);
    co_return self->base + static_cast<int>(copy.size() + sizeof padded);
  }
};

int main() {
  Counter counter;
  asl::Task<int> task = counter.total();
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
