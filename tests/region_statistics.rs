//! The region's median, quartiles and spread, as Excel's KWARTIEL.INC computes them.
#![cfg(not(target_arch = "wasm32"))]

use zelfevaluatie_wmo_toezicht::model::region::Spread;

fn spread(values: &[f64]) -> Spread {
    Spread::of(values.iter().copied()).expect("values given")
}

#[test]
fn an_odd_number_of_values_has_the_middle_one_as_median() {
    let s = spread(&[40.0, 10.0, 30.0, 50.0, 20.0]);
    assert_eq!((s.count, s.min, s.q1, s.median, s.q3, s.max), (5, 10.0, 20.0, 30.0, 40.0, 50.0));
    assert_eq!(s.interquartile_range(), 20.0);
}

#[test]
fn an_even_number_of_values_has_the_mean_of_the_middle_two_as_median() {
    // KWARTIEL.INC({1;2;3;4}; 1) = 1,75 and (…; 3) = 3,25.
    let s = spread(&[4.0, 1.0, 3.0, 2.0]);
    assert_eq!((s.min, s.q1, s.median, s.q3, s.max), (1.0, 1.75, 2.5, 3.25, 4.0));
    assert_eq!(s.interquartile_range(), 1.5);
}

#[test]
fn one_value_is_its_own_median_and_spread() {
    let s = spread(&[62.5]);
    assert_eq!((s.count, s.min, s.q1, s.median, s.q3, s.max), (1, 62.5, 62.5, 62.5, 62.5, 62.5));
    assert_eq!(s.interquartile_range(), 0.0);
}

#[test]
fn without_values_there_is_no_spread_and_non_numbers_are_left_out() {
    assert_eq!(Spread::of(std::iter::empty()), None);
    assert_eq!(Spread::of([f64::NAN, f64::INFINITY]), None);
    let s = spread(&[f64::NAN, 10.0, 30.0]);
    assert_eq!((s.count, s.median), (2, 20.0));
}
