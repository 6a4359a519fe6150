// Report generation in the StringBuilder style: an ostringstream and a
// std::string built across awaits with `+=` of awaited values, awaits as
// arguments of std::to_string / std::string constructors / operator<<,
// fixed-point formatting with iomanip state that must survive awaits,
// and string_view parameters of the awaited calls.
#include <asl/task.h>

#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

ASL_ASYNC asl::Task<double> fetch_price(std::string_view sku) {
  co_return static_cast<double>(sku.size()) * 1.25 + (sku[0] == 'b' ? 0.5 : 0);
}
ASL_ASYNC asl::Task<std::string> fetch_name(std::string_view sku) {
  std::string n(sku);
  n[0] = static_cast<char>(n[0] - 'a' + 'A');
  co_return n;
}
ASL_ASYNC asl::Task<int> fetch_qty(int i) { co_return (i * 7) % 5 + 1; }

ASL_ASYNC asl::Task<std::string> render(std::vector<std::string> skus) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(2);
  out << "INVOICE\n";
  double grand = 0;
  int line = 0;
  for (const auto &sku : skus) {
    ++line;
    int qty = co_await fetch_qty(line);
    double each = co_await fetch_price(sku);
    out << std::setw(2) << line << ". " << std::left << std::setw(10)
        << co_await fetch_name(sku) << std::right << std::setw(3) << qty
        << " x " << std::setw(6) << each << " = " << std::setw(7)
        << qty * co_await fetch_price(sku) << "\n";
    grand += qty * each;
  }
  out << "TOTAL " << grand << "\n";
  std::string footer = "items:";
  for (std::size_t i = 0; i < skus.size(); ++i)
    footer += (i ? "," : "") + std::string(co_await fetch_name(skus[i]), 0, 2);
  footer += " count=" + std::to_string(co_await fetch_qty(99)) + "\n";
  co_return out.str() + footer;
}

int main() {
  std::cout << asl::sync_wait(render({"apple", "banana", "kiwi", "blueberry"}));
}
