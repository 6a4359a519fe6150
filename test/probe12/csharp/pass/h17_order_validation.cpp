// An order workflow with validation rules written the C# way:
// `if (await IsValid(o) && await HasStock(o) || o.Priority)`, awaits in a
// ternary inside a string concatenation, in a switch condition, in a
// do-while condition, in compound assignment to a map element, and an
// exception thrown from inside a long expression after other awaits.
#include <asl/task.h>

#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

struct Order {
  int id;
  std::string sku;
  int qty;
  bool priority;
};

class Warehouse {
public:
  ASL_ASYNC asl::Task<bool> is_valid(const Order &o) {
    log("valid?" + std::to_string(o.id));
    co_return o.qty > 0 && !o.sku.empty();
  }
  ASL_ASYNC asl::Task<bool> has_stock(const Order &o) {
    log("stock?" + std::to_string(o.id));
    co_return stock_[o.sku] >= o.qty;
  }
  ASL_ASYNC asl::Task<int> price(const std::string &sku) {
    log("price " + sku);
    if (sku == "ghost")
      throw std::out_of_range("no price for " + sku);
    co_return static_cast<int>(sku.size()) * 3;
  }
  ASL_ASYNC asl::Task<int> reserve(const Order &o) {
    stock_[o.sku] -= o.qty;
    co_return stock_[o.sku];
  }
  void log(std::string s) { trail_ += s + ";"; }
  std::map<std::string, int> stock_{{"apple", 5}, {"pear", 1}, {"ghost", 9}};
  std::string trail_;
};

ASL_ASYNC asl::Task<std::string> process(Warehouse &w, const Order &o) {
  std::map<std::string, int> totals;
  if ((co_await w.is_valid(o) && co_await w.has_stock(o)) || o.priority) {
    totals[o.sku] += o.qty * co_await w.price(o.sku);
    switch (co_await w.reserve(o)) {
    case 0:
      w.log("sold out " + o.sku);
      break;
    default:
      if (w.stock_[o.sku] < 0)
        w.log("oversold " + o.sku);
    }
    int polls = 0;
    do {
      ++polls;
    } while (co_await w.has_stock(Order{0, o.sku, polls}) && polls < 3);
    co_return "order " + std::to_string(o.id) + " total " +
        std::to_string(totals[o.sku]) + " polls " + std::to_string(polls) +
        (o.priority ? " (priority " + std::to_string(co_await w.price("vip")) +
                          ")"
                    : std::string(""));
  }
  co_return "order " + std::to_string(o.id) + " rejected";
}

int main() {
  Warehouse w;
  std::vector<Order> orders{{1, "apple", 2, false}, {2, "pear", 3, false},
                            {3, "pear", 3, true},   {4, "", 1, false},
                            {5, "ghost", 1, true},  {6, "apple", 3, false}};
  for (const Order &o : orders) {
    try {
      std::cout << asl::sync_wait(process(w, o)) << "\n";
    } catch (const std::exception &e) {
      std::cout << "order " << o.id << " error: " << e.what() << "\n";
    }
  }
  std::cout << w.trail_ << "\n";
  for (auto &[k, v] : w.stock_)
    std::cout << k << "=" << v << " ";
  std::cout << "\n";
}
